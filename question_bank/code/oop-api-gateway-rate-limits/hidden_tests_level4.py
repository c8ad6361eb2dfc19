from solution import Gateway


def _gateway():
    gw = Gateway()
    gw.add_route("/search", "search")
    gw.add_route("/api", "core")
    return gw


def test_global_limit_sums_over_clients_in_aligned_windows():
    gw = _gateway()
    gw.set_global_limit("core", 2, 10)
    assert gw.handle(0, "a", "/api") == "core"
    assert gw.handle(1, "b", "/api") == "core"
    assert gw.handle(2, "c", "/api") == "429"
    assert gw.handle(2, "c", "/search") == "search", "the cap is per backend"
    assert gw.handle(10, "c", "/api") == "core"


def test_global_rejection_consumes_nothing_from_the_client():
    gw = _gateway()
    gw.set_global_limit("core", 1, 10)
    gw.set_client_limit("c", 1, 100)
    gw.set_bucket("core", 1, 0.001)
    assert gw.handle(0, "other", "/api") == "core"  # global 1/1
    assert gw.handle(5, "c", "/api") == "429"
    assert gw.handle(10, "c", "/api") == "core", "c's window and bucket must be untouched"


def test_client_rejection_does_not_count_globally():
    gw = _gateway()
    gw.set_global_limit("core", 2, 100)
    gw.set_client_limit("x", 1, 100)
    assert [gw.handle(t, "x", "/api") for t in range(4)] == ["core", "429", "429", "429"]
    assert gw.handle(5, "y", "/api") == "core", "x's rejected requests must not fill the cap"
    assert gw.handle(6, "y", "/api") == "429"


def test_retry_after_is_zero_when_allowed_and_without_limits():
    gw = _gateway()
    assert gw.retry_after(0, "c", "/api") == 0
    gw.set_bucket("search", 1, 0.5)
    assert gw.retry_after(0, "c", "/search") == 0


def test_retry_after_consumes_nothing():
    gw = _gateway()
    gw.set_client_limit("c", 1, 10)
    gw.set_bucket("search", 1, 0.01)
    gw.set_global_limit("search", 1, 10)
    for _ in range(5):
        assert gw.retry_after(0, "c", "/search") == 0
    assert gw.handle(0, "c", "/search") == "search"


def test_retry_after_is_the_largest_wait():
    gw = _gateway()
    gw.set_client_limit("c", 1, 100)
    gw.set_bucket("search", 1, 0.5)
    gw.handle(0, "c", "/search")
    assert gw.retry_after(1, "c", "/search") == 99, "bucket ready in 1 s, window in 99 s"
    gw.set_client_limit("d", 1, 5)
    gw.set_bucket("core", 1, 0.1)
    gw.handle(0, "d", "/api")
    assert gw.retry_after(1, "d", "/api") == 9, "window ready in 4 s, bucket in 9 s"


def test_retry_after_rounds_up_and_is_enough():
    gw = _gateway()
    gw.set_bucket("search", 1, 0.3)
    gw.handle(0, "c", "/search")
    wait = gw.retry_after(0, "c", "/search")
    assert wait == 4, f"1 token at 0.3/s takes 3.33 s: got {wait}, want 4"
    assert gw.handle(3, "c", "/search") == "429"
    assert gw.handle(4, "c", "/search") == "search"


def test_retry_after_for_a_full_client_window():
    gw = _gateway()
    gw.set_client_limit("c", 2, 30)
    gw.handle(31, "c", "/api")
    gw.handle(31, "c", "/api")
    assert gw.retry_after(31, "c", "/api") == 29, "window [30, 60) ends at 60"
    assert gw.retry_after(59, "c", "/api") == 1
    assert gw.retry_after(60, "c", "/api") == 0
