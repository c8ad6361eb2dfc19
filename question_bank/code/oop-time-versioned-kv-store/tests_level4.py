from solution import TimeKV


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def restored():
    kv = TimeKV()
    check(kv.set(1, "a", "x"), None, 'set(1, "a", "x")')
    check(kv.set_with_ttl(2, "b", "y", 10), None, 'set_with_ttl(2, "b", "y", 10)')
    check(kv.snapshot(5), 1, "snapshot(5)")
    check(kv.set(6, "a", "z"), None, 'set(6, "a", "z")')
    check(kv.delete(7, "b"), True, 'delete(7, "b")')
    check(kv.set(8, "c", "new"), None, 'set(8, "c", "new")')
    check(kv.restore(9, 1), True, "restore(9, 1)")
    return kv


def test_example_restore_brings_back_the_snapshot():
    kv = restored()
    check(kv.get(10, "a"), "x", 'get(10, "a")')
    check(kv.get(10, "b"), "y", 'get(10, "b")')
    check(kv.get(10, "c"), None, 'get(10, "c") (written after the snapshot)')


def test_example_remaining_ttl_counts_from_the_restore():
    kv = restored()
    check(kv.ttl_remaining(10, "b"), 6, 'ttl_remaining(10, "b") (expires at 9 + 7 = 16)')
    check(kv.get(16, "b"), None, 'get(16, "b")')


def test_example_history_kept_and_unknown_id():
    kv = restored()
    check(kv.get_at(17, "a", 6), "z", 'get_at(17, "a", 6)')
    check(kv.restore(18, 7), False, "restore(18, 7) (unknown id)")
