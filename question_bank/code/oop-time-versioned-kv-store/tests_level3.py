from solution import TimeKV


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def history():
    kv = TimeKV()
    check(kv.set(10, "k", "v1"), None, 'set(10, "k", "v1")')
    check(kv.set(20, "k", "v2"), None, 'set(20, "k", "v2")')
    check(kv.delete(30, "k"), True, 'delete(30, "k")')
    check(kv.set_with_ttl(40, "k", "v3", 5), None, 'set_with_ttl(40, "k", "v3", 5)')
    return kv


def test_example_writes_are_visible_from_their_time():
    kv = history()
    check(kv.get_at(50, "k", 5), None, 'get_at(50, "k", 5) (before the first write)')
    check(kv.get_at(50, "k", 10), "v1", 'get_at(50, "k", 10)')
    check(kv.get_at(50, "k", 25), "v2", 'get_at(50, "k", 25)')


def test_example_deletes_and_expiry_in_the_past():
    kv = history()
    check(kv.get_at(50, "k", 35), None, 'get_at(50, "k", 35) (deleted at 30)')
    check(kv.get_at(50, "k", 44), "v3", 'get_at(50, "k", 44)')
    check(kv.get_at(50, "k", 45), None, 'get_at(50, "k", 45) (expired at 45)')
