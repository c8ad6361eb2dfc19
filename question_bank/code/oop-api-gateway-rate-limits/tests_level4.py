from solution import Gateway


def _example_gateway():
    gw = Gateway()
    gw.add_route("/search", "search")
    gw.set_bucket("search", 2, 0.25)
    gw.set_global_limit("search", 3, 60)
    return gw


def test_example_bucket_rejection_and_its_retry_hint():
    gw = _example_gateway()
    assert gw.handle(0, "a", "/search") == "search"  # a: 1 token left, global 1/3
    assert gw.handle(1, "a", "/search") == "search"  # a: 0.25 left, global 2/3
    assert gw.handle(2, "a", "/search") == "429"  # a's bucket: 0.5
    assert gw.retry_after(2, "a", "/search") == 2, "needs 0.5 more token at 0.25/s"


def test_example_global_cap_and_its_retry_hint():
    gw = _example_gateway()
    gw.handle(0, "a", "/search")
    gw.handle(1, "a", "/search")
    gw.handle(2, "a", "/search")
    gw.retry_after(2, "a", "/search")
    assert gw.handle(3, "b", "/search") == "search"  # global 3/3
    assert gw.handle(4, "b", "/search") == "429", "global cap of 3 per 60 s"
    assert gw.retry_after(4, "b", "/search") == 56, "the next global window starts at 60"
    assert gw.handle(60, "b", "/search") == "search"
    assert gw.retry_after(61, "z", "/other") is None
