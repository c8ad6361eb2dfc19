from solution import TimeKV


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def test_example_set_get_overwrite():
    kv = TimeKV()
    check(kv.set(1, "a", "x"), None, 'set(1, "a", "x")')
    check(kv.set(2, "b", "y"), None, 'set(2, "b", "y")')
    check(kv.get(3, "a"), "x", 'get(3, "a")')
    check(kv.set(4, "a", "z"), None, 'set(4, "a", "z")')
    check(kv.get(5, "a"), "z", 'get(5, "a")')


def test_example_delete_and_missing_keys():
    kv = TimeKV()
    kv.set(1, "a", "x")
    kv.set(2, "b", "y")
    kv.set(4, "a", "z")
    check(kv.delete(6, "a"), True, 'delete(6, "a")')
    check(kv.delete(7, "a"), False, 'delete(7, "a") (already deleted)')
    check(kv.get(8, "a"), None, 'get(8, "a")')
    check(kv.get(9, "c"), None, 'get(9, "c") (never written)')
    check(kv.get(9, "b"), "y", 'get(9, "b")')
