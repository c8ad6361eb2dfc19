from solution import Allocator


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def heap():
    a = Allocator(32)
    check(a.malloc(8), 0, "malloc(8)")
    check(a.malloc(8), 8, "malloc(8)")
    check(a.free(8), True, "free(8)")
    return a


def test_example_grow_and_shrink_in_place():
    a = heap()
    check(a.realloc(0, 12), 0, "realloc(0, 12) (grows into the free space after it)")
    check(a.realloc(0, 6), 0, "realloc(0, 6) (shrinks)")
    check(a.free_bytes(), 26, "free_bytes() ([6, 32) is free)")
    check(a.malloc(4), 6, "malloc(4)")


def test_example_move_and_failures():
    a = heap()
    a.realloc(0, 12)
    a.realloc(0, 6)
    a.malloc(4)
    check(a.realloc(0, 10), 10, "realloc(0, 10) (cannot grow in place, moves)")
    check(a.free_bytes(), 18, "free_bytes() ([0, 6) and [20, 32))")
    check(a.realloc(99, 4), None, "realloc(99, 4)")
    check(a.realloc(6, 40), None, "realloc(6, 40) (too big)")
    check(a.free(6), True, "free(6) (the block at 6 is untouched)")
