from solution import Gateway


def _gateway():
    gw = Gateway()
    gw.add_route("/search", "search")
    gw.add_route("/api", "core")
    return gw


def test_no_floating_point_drift():
    # ten refills of 0.1 token must make exactly one token, not 0.9999999999999999
    gw = _gateway()
    gw.set_bucket("search", 1, 0.1)
    assert gw.handle(0, "c", "/search") == "search"
    for now in range(1, 10):
        assert gw.handle(now, "c", "/search") == "429", f"only {now / 10} tokens at {now}"
    assert gw.handle(10, "c", "/search") == "search", "1 whole token after 10 s at 0.1/s"


def test_bucket_applies_only_to_its_backend():
    gw = _gateway()
    gw.set_bucket("search", 1, 0.01)
    assert gw.handle(0, "c", "/search") == "search"
    assert gw.handle(0, "c", "/search") == "429"
    assert [gw.handle(0, "c", "/api") for _ in range(5)] == ["core"] * 5


def test_one_client_has_a_bucket_per_backend():
    gw = _gateway()
    gw.set_bucket("search", 1, 0.01)
    gw.set_bucket("core", 1, 0.01)
    assert gw.handle(0, "c", "/search") == "search"
    assert gw.handle(0, "c", "/api") == "core"
    assert gw.handle(0, "c", "/api") == "429"


def test_bucket_rejection_does_not_count_in_the_client_window():
    gw = _gateway()
    gw.set_client_limit("c", 2, 100)
    gw.set_bucket("search", 1, 0.5)
    assert gw.handle(0, "c", "/search") == "search"  # window 1/2, 0 tokens
    assert gw.handle(1, "c", "/search") == "429"  # bucket: 0.5 tokens
    assert gw.handle(2, "c", "/search") == "search", "the 429 at 1 must not use window quota"
    assert gw.handle(10, "c", "/search") == "429", "window 2/2 now"


def test_window_rejection_does_not_take_a_token():
    gw = _gateway()
    gw.set_client_limit("c", 1, 10)
    gw.set_bucket("search", 2, 0.001)
    assert gw.handle(0, "c", "/search") == "search"  # 1 token left
    assert gw.handle(1, "c", "/search") == "429"  # window full
    assert gw.handle(10, "c", "/search") == "search", "the last token must still be there"


def test_refill_faster_than_one_token_per_second():
    gw = _gateway()
    gw.set_bucket("search", 5, 2)
    assert [gw.handle(0, "c", "/search") for _ in range(6)] == ["search"] * 5 + ["429"]
    assert [gw.handle(1, "c", "/search") for _ in range(3)] == ["search", "search", "429"]


def test_unrouted_request_takes_no_token():
    gw = _gateway()
    gw.set_bucket("search", 1, 0.001)
    assert gw.handle(0, "c", "/searchX") == "404"
    assert gw.handle(1, "c", "/search") == "search"
