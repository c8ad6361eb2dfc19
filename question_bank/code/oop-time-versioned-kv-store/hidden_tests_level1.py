from solution import TimeKV


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def test_delete_of_a_never_written_key():
    kv = TimeKV()
    check(kv.delete(1, "ghost"), False, 'delete(1, "ghost")')
    check(kv.get(2, "ghost"), None, 'get(2, "ghost")')


def test_set_again_after_delete():
    kv = TimeKV()
    kv.set(1, "k", "v1")
    kv.delete(2, "k")
    kv.set(3, "k", "v2")
    check(kv.get(4, "k"), "v2", 'get(4, "k") after set, delete, set')
    check(kv.delete(5, "k"), True, 'delete(5, "k")')


def test_equal_timestamps_apply_in_call_order():
    kv = TimeKV()
    kv.set(1, "k", "first")
    kv.set(1, "k", "second")
    check(kv.get(1, "k"), "second", 'get(1, "k") after two sets at time 1')
    check(kv.delete(1, "k"), True, 'delete(1, "k")')
    check(kv.get(1, "k"), None, 'get(1, "k") after the delete at time 1')
    kv.set(1, "k", "third")
    check(kv.get(1, "k"), "third", 'get(1, "k") after a set at time 1')


def test_keys_are_independent():
    kv = TimeKV()
    kv.set(1, "a", "1")
    kv.set(2, "ab", "2")
    kv.delete(3, "a")
    check(kv.get(4, "ab"), "2", 'get(4, "ab") after deleting "a"')
    check(kv.get(4, "a"), None, 'get(4, "a")')
