from solution import Allocator


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def test_non_positive_requests_fail_and_take_nothing():
    a = Allocator(8)
    check(a.malloc(0), None, "malloc(0)")
    check(a.malloc(-3), None, "malloc(-3)")
    check(a.malloc(8), 0, "malloc(8) after the failed requests")


def test_whole_heap_in_one_block():
    a = Allocator(10)
    check(a.malloc(10), 0, "malloc(10)")
    check(a.malloc(1), None, "malloc(1) on a full heap")
    check(a.free(0), True, "free(0)")
    check(a.malloc(10), 0, "malloc(10) after freeing everything")
    b = Allocator(10)
    check(b.malloc(11), None, "malloc(11) on a 10-byte heap")


def test_free_of_addresses_never_allocated():
    a = Allocator(8)
    check(a.free(0), False, "free(0) on a fresh heap")
    a.malloc(4)
    check(a.free(4), False, "free(4) (start of the free range)")
    check(a.free(-1), False, "free(-1)")
    check(a.free(100), False, "free(100) (outside the heap)")
    check(a.free(0), True, "free(0)")


def test_first_fit_takes_the_lowest_hole_not_the_tightest():
    a = Allocator(20)
    check(a.malloc(6), 0, "malloc(6)")
    check(a.malloc(2), 6, "malloc(2)")
    check(a.malloc(3), 8, "malloc(3)")
    check(a.malloc(9), 11, "malloc(9)")
    a.free(0)  # hole [0, 6)
    a.free(8)  # hole [8, 11), a tighter fit for 3 bytes
    check(a.malloc(3), 0, "malloc(3)")
    check(a.malloc(3), 3, "malloc(3)")
    check(a.malloc(3), 8, "malloc(3)")
    check(a.malloc(1), None, "malloc(1)")


def test_split_remainder_is_not_a_block_start():
    a = Allocator(10)
    a.malloc(10)
    a.free(0)
    check(a.malloc(4), 0, "malloc(4)")
    check(a.free(4), False, "free(4) (free space, not an allocated block)")
    check(a.malloc(6), 4, "malloc(6)")
    check(a.free(4), True, "free(4)")
