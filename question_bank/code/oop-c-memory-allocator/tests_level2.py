from solution import Allocator


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def close(got, want, call):
    assert abs(got - want) < 1e-9, f"{call}: got {got!r}, want {want!r}"


def heap():
    a = Allocator(32)
    check(a.malloc(8), 0, "malloc(8)")
    check(a.malloc(8), 8, "malloc(8)")
    check(a.malloc(8), 16, "malloc(8)")
    check(a.free(0), True, "free(0)")
    check(a.free(16), True, "free(16) (merges with [24, 32))")
    return a


def test_example_statistics_after_merging():
    a = heap()
    check(a.free_bytes(), 24, "free_bytes()")
    check(a.largest_free_block(), 16, "largest_free_block()")
    close(a.fragmentation(), 1 - 16 / 24, "fragmentation()")


def test_example_merged_ranges_are_usable():
    a = heap()
    check(a.malloc(12), 16, "malloc(12) ([0, 8) is too small)")
    check(a.free(8), True, "free(8) ([0, 8) + [8, 16) -> [0, 16))")
    check(a.largest_free_block(), 16, "largest_free_block()")
    check(a.malloc(24), None, "malloc(24)")
    close(a.fragmentation(), 0.2, "fragmentation() (free: [0, 16) and [28, 32))")
