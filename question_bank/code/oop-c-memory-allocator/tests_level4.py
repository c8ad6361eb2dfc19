from solution import Allocator


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def heap():
    a = Allocator(32)
    check(a.malloc(10), 0, "malloc(10)")
    check(a.malloc(4), 10, "malloc(4)")
    check(a.malloc(6), 14, "malloc(6)")
    check(a.malloc(4), 20, "malloc(4)")
    check(a.free(0), True, "free(0)")
    check(a.free(14), True, "free(14) (free: [0,10) [14,20) [24,32))")
    return a


def test_example_best_and_worst_fit():
    a = heap()
    check(a.set_strategy("best_fit"), True, 'set_strategy("best_fit")')
    check(a.malloc(5), 14, "malloc(5) (the 6-byte range is the tightest fit)")
    check(a.set_strategy("worst_fit"), True, 'set_strategy("worst_fit")')
    check(a.malloc(2), 0, "malloc(2) (the 10-byte range is the largest)")
    check(a.set_strategy("next_fit"), False, 'set_strategy("next_fit")')


def test_example_compact():
    a = heap()
    a.set_strategy("best_fit")
    a.malloc(5)
    a.set_strategy("worst_fit")
    a.malloc(2)
    check(a.compact(), {10: 2, 14: 6, 20: 11}, "compact()")
    check(a.largest_free_block(), 17, "largest_free_block()")
