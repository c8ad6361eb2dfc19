import random

from solution import TimeKV


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def test_last_write_at_an_equal_timestamp_wins():
    kv = TimeKV()
    kv.set(5, "k", "a")
    kv.set(5, "k", "b")
    check(kv.get_at(6, "k", 5), "b", 'get_at(6, "k", 5) after two sets at 5')
    kv.delete(7, "k")
    kv.set(7, "k", "c")
    check(kv.get_at(8, "k", 7), "c", 'get_at(8, "k", 7) after delete then set at 7')
    kv.set(9, "k", "d")
    kv.delete(9, "k")
    check(kv.get_at(10, "k", 9), None, 'get_at(10, "k", 9) after set then delete at 9')


def test_exact_boundaries():
    kv = TimeKV()
    kv.set(10, "k", "v")
    kv.delete(20, "k")
    check(kv.get_at(30, "k", 9), None, 'get_at(30, "k", 9)')
    check(kv.get_at(30, "k", 10), "v", 'get_at(30, "k", 10) (written at 10)')
    check(kv.get_at(30, "k", 19), "v", 'get_at(30, "k", 19)')
    check(kv.get_at(30, "k", 20), None, 'get_at(30, "k", 20) (deleted at 20)')
    check(kv.get_at(30, "other", 15), None, 'get_at(30, "other", 15) (never written)')


def test_expiry_then_overwrite_in_the_past():
    kv = TimeKV()
    kv.set_with_ttl(10, "k", "v", 5)  # visible during [10, 15)
    kv.set(20, "k", "w")
    check(kv.get_at(30, "k", 14), "v", 'get_at(30, "k", 14)')
    check(kv.get_at(30, "k", 15), None, 'get_at(30, "k", 15)')
    check(kv.get_at(30, "k", 19), None, 'get_at(30, "k", 19)')
    check(kv.get_at(30, "k", 20), "w", 'get_at(30, "k", 20)')
    check(kv.get_at(30, "k", 30), "w", 'get_at(30, "k", 30) (at == timestamp)')


def test_ttl_overwritten_before_it_expired():
    kv = TimeKV()
    kv.set_with_ttl(1, "k", "v", 100)
    kv.set_with_ttl(10, "k", "w", 5)  # the first expiry (101) no longer applies
    check(kv.get_at(50, "k", 9), "v", 'get_at(50, "k", 9)')
    check(kv.get_at(50, "k", 14), "w", 'get_at(50, "k", 14)')
    check(kv.get_at(50, "k", 15), None, 'get_at(50, "k", 15)')
    check(kv.get_at(50, "k", 50), None, 'get_at(50, "k", 50)')


def test_many_versions_reads_are_logarithmic():
    # 50,000 versions of one key, then 50,000 reads at random past times: scanning the history
    # on each read would not finish in time
    n = 50_000
    kv = TimeKV()
    for t in range(n):
        if t % 3 == 2:
            kv.delete(t, "k")
        else:
            kv.set(t, "k", f"v{t}")
    rng = random.Random(0)
    for _ in range(n):
        at = rng.randrange(-5, n)
        want = None if at < 0 or at % 3 == 2 else f"v{at}"
        got = kv.get_at(n, "k", at)
        assert got == want, f'get_at({n}, "k", {at}): got {got!r}, want {want!r}'
