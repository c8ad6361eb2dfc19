from solution import TimeKV


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def test_ttl_of_one_unit():
    kv = TimeKV()
    kv.set_with_ttl(10, "k", "v", 1)
    check(kv.ttl_remaining(10, "k"), 1, 'ttl_remaining(10, "k")')
    check(kv.get(10, "k"), "v", 'get(10, "k")')
    check(kv.get(11, "k"), None, 'get(11, "k") (visible during [10, 11))')


def test_plain_set_clears_the_expiry():
    kv = TimeKV()
    kv.set_with_ttl(1, "k", "v", 5)
    kv.set(3, "k", "w")
    check(kv.ttl_remaining(4, "k"), -1, 'ttl_remaining(4, "k") after a plain set')
    check(kv.get(100, "k"), "w", 'get(100, "k") long after the old expiry')


def test_new_ttl_replaces_the_old_one():
    kv = TimeKV()
    kv.set_with_ttl(1, "k", "v", 100)
    kv.set_with_ttl(2, "k", "w", 3)  # expires at 5, not 101
    check(kv.ttl_remaining(4, "k"), 1, 'ttl_remaining(4, "k")')
    check(kv.get(5, "k"), None, 'get(5, "k")')
    kv.set_with_ttl(6, "j", "short", 2)
    kv.set_with_ttl(7, "j", "long", 50)  # expires at 57
    check(kv.get(20, "j"), "long", 'get(20, "j")')
    check(kv.ttl_remaining(20, "j"), 37, 'ttl_remaining(20, "j")')


def test_delete_of_a_live_ttl_key():
    kv = TimeKV()
    kv.set_with_ttl(1, "k", "v", 10)
    check(kv.delete(2, "k"), True, 'delete(2, "k") while live')
    check(kv.ttl_remaining(3, "k"), None, 'ttl_remaining(3, "k") after delete')
    check(kv.get(3, "k"), None, 'get(3, "k") after delete')


def test_ttl_remaining_of_missing_keys():
    kv = TimeKV()
    check(kv.ttl_remaining(1, "never"), None, 'ttl_remaining(1, "never")')
    kv.set(2, "k", "v")
    kv.delete(3, "k")
    check(kv.ttl_remaining(4, "k"), None, 'ttl_remaining(4, "k") after delete')


def test_set_after_expiry_brings_the_key_back():
    kv = TimeKV()
    kv.set_with_ttl(1, "k", "v", 2)
    check(kv.get(5, "k"), None, 'get(5, "k")')
    kv.set(6, "k", "again")
    check(kv.get(7, "k"), "again", 'get(7, "k")')
    check(kv.delete(8, "k"), True, 'delete(8, "k")')
