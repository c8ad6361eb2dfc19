from solution import Allocator


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def test_example_first_fit_until_full():
    a = Allocator(16)
    check(a.malloc(4), 0, "malloc(4)")
    check(a.malloc(8), 4, "malloc(8)")
    check(a.malloc(8), None, "malloc(8) (only [12, 16) is free)")


def test_example_invalid_frees():
    a = Allocator(16)
    a.malloc(4)
    a.malloc(8)
    check(a.free(0), True, "free(0)")
    check(a.free(0), False, "free(0) again (double free)")
    check(a.free(5), False, "free(5) (inside a block)")


def test_example_reuse_of_freed_space():
    a = Allocator(16)
    a.malloc(4)
    a.malloc(8)
    a.free(0)
    check(a.malloc(3), 0, "malloc(3)")
    check(a.malloc(5), None, "malloc(5) (free: [3, 4) and [12, 16))")
    check(a.malloc(4), 12, "malloc(4)")
    check(a.malloc(1), 3, "malloc(1)")
    check(a.malloc(1), None, "malloc(1) (heap full)")
