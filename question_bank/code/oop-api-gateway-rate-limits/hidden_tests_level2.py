from solution import Gateway


def _gateway():
    gw = Gateway()
    gw.add_route("/api", "core")
    gw.add_route("/img", "images")
    return gw


def test_windows_are_aligned_to_zero_not_to_the_first_request():
    gw = _gateway()
    gw.set_client_limit("c", 1, 10)
    assert gw.handle(9, "c", "/api") == "core"
    assert gw.handle(10, "c", "/api") == "core", "10 starts window [10, 20)"
    assert gw.handle(19, "c", "/api") == "429"


def test_setting_a_limit_resets_the_count():
    gw = _gateway()
    gw.set_client_limit("c", 1, 100)
    assert gw.handle(1, "c", "/api") == "core"
    assert gw.handle(2, "c", "/api") == "429"
    gw.set_client_limit("c", 2, 100)
    assert gw.handle(3, "c", "/api") == "core"
    assert gw.handle(4, "c", "/api") == "core"
    assert gw.handle(5, "c", "/api") == "429"


def test_client_limit_spans_all_backends():
    gw = _gateway()
    gw.set_client_limit("c", 2, 10)
    assert gw.handle(0, "c", "/api/x") == "core"
    assert gw.handle(1, "c", "/img/y") == "images"
    assert gw.handle(2, "c", "/img/z") == "429"


def test_unlimited_client_is_never_rejected():
    gw = _gateway()
    gw.set_client_limit("other", 1, 10)
    assert all(gw.handle(0, "free", "/api") == "core" for _ in range(1000))


def test_long_gap_skips_windows():
    gw = _gateway()
    gw.set_client_limit("c", 1, 10)
    assert gw.handle(6, "c", "/api") == "core"
    assert gw.handle(1003, "c", "/api") == "core"
    assert gw.handle(1009, "c", "/api") == "429", "1003 and 1009 share window [1000, 1010)"


def test_unrouted_path_reports_404_even_when_over_the_limit():
    gw = _gateway()
    gw.set_client_limit("c", 1, 10)
    gw.handle(0, "c", "/api")
    assert gw.handle(1, "c", "/nope") == "404"
    assert gw.handle(2, "c", "/api") == "429"
