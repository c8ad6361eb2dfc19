from solution import Gateway


def _example_gateway():
    gw = Gateway()
    gw.add_route("/api", "core")
    gw.set_client_limit("c1", 2, 10)
    return gw


def test_example_limit_per_aligned_window():
    gw = _example_gateway()
    assert gw.handle(0, "c1", "/api/a") == "core"
    assert gw.handle(3, "c1", "/api/b") == "core"
    assert gw.handle(9, "c1", "/api/c") == "429"
    assert gw.handle(9, "c2", "/api/c") == "core", "c2 has no limit"
    assert gw.handle(10, "c1", "/api/d") == "core", "new window [10, 20)"


def test_example_unrouted_request_does_not_count():
    gw = _example_gateway()
    for now, path in [(0, "/api/a"), (3, "/api/b"), (9, "/api/c"), (10, "/api/d")]:
        gw.handle(now, "c1", path)
    assert gw.handle(11, "c1", "/nope") == "404"
    assert gw.handle(12, "c1", "/api/e") == "core", "the 404 at 11 must not use c1's quota"
    assert gw.handle(13, "c1", "/api/f") == "429"
