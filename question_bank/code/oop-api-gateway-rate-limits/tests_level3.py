from solution import Gateway


def _example_gateway():
    gw = Gateway()
    gw.add_route("/search", "search")
    gw.set_bucket("search", 3, 0.5)
    return gw


def test_example_bucket_drains_and_refills_per_client():
    gw = _example_gateway()
    got = [gw.handle(0, "c1", "/search") for _ in range(3)]
    assert got == ["search"] * 3, f"a full bucket of 3: got {got}"
    assert gw.handle(1, "c1", "/search") == "429", "only 0.5 tokens at 1"
    assert gw.handle(1, "c2", "/search") == "search", "c2 has its own bucket"
    assert gw.handle(2, "c1", "/search") == "search", "1.0 token at 2"
    assert gw.handle(2, "c1", "/search") == "429"


def test_example_refill_is_capped_at_capacity():
    gw = _example_gateway()
    for now in (0, 0, 0, 1, 2, 2):
        gw.handle(now, "c1", "/search")
    got = [gw.handle(10, "c1", "/search") for _ in range(4)]
    want = ["search", "search", "search", "429"]
    assert got == want, f"refilled but capped at 3: got {got}, want {want}"
