from solution import TimeKV


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def test_example_ttl_window_is_half_open():
    kv = TimeKV()
    check(kv.set_with_ttl(1, "s", "tok", 5), None, 'set_with_ttl(1, "s", "tok", 5)')
    check(kv.ttl_remaining(3, "s"), 3, 'ttl_remaining(3, "s")')
    check(kv.get(5, "s"), "tok", 'get(5, "s")')
    check(kv.get(6, "s"), None, 'get(6, "s") (visible during [1, 6))')
    check(kv.ttl_remaining(6, "s"), None, 'ttl_remaining(6, "s")')


def test_example_plain_set_has_no_expiry_and_expired_delete_fails():
    kv = TimeKV()
    kv.set_with_ttl(1, "s", "tok", 5)
    check(kv.set(7, "p", "v"), None, 'set(7, "p", "v")')
    check(kv.ttl_remaining(8, "p"), -1, 'ttl_remaining(8, "p") (no expiry)')
    check(kv.set_with_ttl(9, "p", "w", 2), None, 'set_with_ttl(9, "p", "w", 2)')
    check(kv.delete(11, "p"), False, 'delete(11, "p") (expired at 11)')
    check(kv.get(12, "p"), None, 'get(12, "p")')
