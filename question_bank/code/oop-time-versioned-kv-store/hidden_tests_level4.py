from solution import TimeKV


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def test_snapshot_ids_count_up():
    kv = TimeKV()
    check(kv.snapshot(1), 1, "snapshot(1)")
    kv.set(2, "k", "v")
    check(kv.snapshot(3), 2, "snapshot(3)")
    check(kv.snapshot(4), 3, "snapshot(4)")


def test_unknown_ids_change_nothing():
    kv = TimeKV()
    kv.set(1, "k", "v")
    kv.snapshot(2)
    kv.set(3, "k", "w")
    check(kv.restore(4, 0), False, "restore(4, 0)")
    check(kv.restore(5, 2), False, "restore(5, 2) (only snapshot 1 exists)")
    check(kv.restore(6, -1), False, "restore(6, -1)")
    check(kv.get(7, "k"), "w", 'get(7, "k") after failed restores')


def test_restored_key_without_expiry_loses_a_later_ttl():
    kv = TimeKV()
    kv.set(1, "k", "v")
    kv.snapshot(2)
    kv.set_with_ttl(3, "k", "w", 4)
    kv.restore(4, 1)
    check(kv.ttl_remaining(5, "k"), -1, 'ttl_remaining(5, "k")')
    check(kv.get(100, "k"), "v", 'get(100, "k")')


def test_key_expired_at_snapshot_time_stays_missing():
    kv = TimeKV()
    kv.set_with_ttl(1, "k", "old", 2)  # expired at 3
    kv.snapshot(5)
    kv.set(6, "k", "now")
    kv.restore(7, 1)
    check(kv.get(8, "k"), None, 'get(8, "k")')
    check(kv.delete(9, "k"), False, 'delete(9, "k")')


def test_keys_written_after_the_snapshot_become_missing():
    kv = TimeKV()
    kv.snapshot(1)
    kv.set(2, "a", "1")
    kv.set_with_ttl(3, "b", "2", 100)
    kv.restore(4, 1)
    check(kv.get(5, "a"), None, 'get(5, "a")')
    check(kv.get(5, "b"), None, 'get(5, "b")')
    check(kv.delete(6, "a"), False, 'delete(6, "a")')
    check(kv.ttl_remaining(6, "b"), None, 'ttl_remaining(6, "b")')


def test_restore_is_a_write_at_its_timestamp():
    kv = TimeKV()
    kv.set(1, "k", "v1")
    kv.snapshot(2)
    kv.set(3, "k", "v2")
    kv.restore(10, 1)
    check(kv.get_at(11, "k", 9), "v2", 'get_at(11, "k", 9) (before the restore)')
    check(kv.get_at(11, "k", 10), "v1", 'get_at(11, "k", 10) (at the restore)')
    check(kv.get_at(11, "k", 2), "v1", 'get_at(11, "k", 2)')


def test_ttl_with_one_unit_left():
    kv = TimeKV()
    kv.set_with_ttl(1, "k", "v", 5)  # expires at 6
    kv.snapshot(5)  # one unit left
    kv.restore(20, 1)
    check(kv.get(20, "k"), "v", 'get(20, "k")')
    check(kv.ttl_remaining(20, "k"), 1, 'ttl_remaining(20, "k")')
    check(kv.get(21, "k"), None, 'get(21, "k")')


def test_restore_back_and_forth():
    kv = TimeKV()
    kv.set(1, "k", "one")
    s1 = kv.snapshot(2)
    kv.set(3, "k", "two")
    kv.set(3, "j", "extra")
    s2 = kv.snapshot(4)
    kv.restore(5, s1)
    check(kv.get(6, "k"), "one", 'get(6, "k") after restoring snapshot 1')
    check(kv.get(6, "j"), None, 'get(6, "j") after restoring snapshot 1')
    kv.restore(7, s2)
    check(kv.get(8, "k"), "two", 'get(8, "k") after restoring snapshot 2')
    check(kv.get(8, "j"), "extra", 'get(8, "j") after restoring snapshot 2')
    kv.restore(9, s1)
    check(kv.get(10, "j"), None, 'get(10, "j") after restoring snapshot 1 again')


def test_snapshot_holds_later_writes_at_its_own_timestamp():
    kv = TimeKV()
    kv.set(1, "a", "x")
    kv.snapshot(5)
    kv.set(5, "a", "same-time")  # still timestamp 5: part of the snapshot
    kv.set(6, "a", "later")  # not part of it
    kv.restore(7, 1)
    check(kv.get(8, "a"), "same-time", 'get(8, "a") after restoring snapshot(5)')
