from solution import Allocator


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def close(got, want, call):
    assert abs(got - want) < 1e-9, f"{call}: got {got!r}, want {want!r}"


def test_fresh_heap():
    a = Allocator(64)
    check(a.free_bytes(), 64, "free_bytes()")
    check(a.largest_free_block(), 64, "largest_free_block()")
    close(a.fragmentation(), 0.0, "fragmentation()")


def test_full_heap_has_no_fragmentation():
    a = Allocator(8)
    a.malloc(5)
    a.malloc(3)
    check(a.free_bytes(), 0, "free_bytes()")
    check(a.largest_free_block(), 0, "largest_free_block()")
    close(a.fragmentation(), 0.0, "fragmentation() with nothing free")


def test_free_merges_both_neighbours_at_once():
    a = Allocator(12)
    a.malloc(4)
    a.malloc(4)
    a.malloc(4)
    a.free(0)
    a.free(8)
    check(a.largest_free_block(), 4, "largest_free_block() with two 4-byte holes")
    a.free(4)  # joins [0, 4) and [8, 12) through [4, 8)
    check(a.largest_free_block(), 12, "largest_free_block() after the middle block is freed")
    check(a.malloc(12), 0, "malloc(12)")


def test_merge_with_left_neighbour_only():
    a = Allocator(12)
    a.malloc(4)
    a.malloc(4)
    a.malloc(4)
    a.free(0)
    a.free(4)
    check(a.largest_free_block(), 8, "largest_free_block()")
    check(a.malloc(8), 0, "malloc(8)")


def test_merge_with_right_neighbour_only():
    a = Allocator(12)
    a.malloc(4)
    a.malloc(4)
    a.malloc(4)
    a.free(8)
    a.free(4)
    check(a.largest_free_block(), 8, "largest_free_block()")
    check(a.free_bytes(), 8, "free_bytes()")
    check(a.malloc(8), 4, "malloc(8)")


def test_fragmentation_value():
    a = Allocator(20)
    for _ in range(5):
        a.malloc(4)
    a.free(4)  # [4, 8)
    a.free(16)  # [16, 20)
    a.free(12)  # [12, 20)
    check(a.free_bytes(), 12, "free_bytes()")
    close(a.fragmentation(), 1 - 8 / 12, "fragmentation() (free: [4, 8) and [12, 20))")
