from solution import Allocator


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def test_same_size_is_a_no_op():
    a = Allocator(16)
    a.malloc(4)
    a.malloc(4)
    check(a.realloc(0, 4), 0, "realloc(0, 4)")
    check(a.free_bytes(), 8, "free_bytes()")
    check(a.free(4), True, "free(4)")


def test_shrunk_tail_merges_with_the_free_range_after_it():
    a = Allocator(16)
    a.malloc(8)
    check(a.realloc(0, 3), 0, "realloc(0, 3)")
    check(a.largest_free_block(), 13, "largest_free_block() ([3, 16) in one range)")
    check(a.malloc(13), 3, "malloc(13)")


def test_shrunk_tail_before_a_used_block_is_its_own_range():
    a = Allocator(16)
    a.malloc(8)
    a.malloc(8)
    check(a.realloc(0, 5), 0, "realloc(0, 5)")
    check(a.free_bytes(), 3, "free_bytes()")
    check(a.malloc(3), 5, "malloc(3)")


def test_grow_in_place_using_the_whole_next_range():
    a = Allocator(16)
    a.malloc(4)
    a.malloc(4)
    a.malloc(8)
    a.free(4)
    check(a.realloc(0, 8), 0, "realloc(0, 8)")
    check(a.free_bytes(), 0, "free_bytes()")
    check(a.free(4), False, "free(4) (now inside the grown block)")


def test_move_does_not_reuse_the_old_block():
    # freeing first would let the block land at 0 (merging [0, 4) with itself); it must go to 12
    a = Allocator(20)
    a.malloc(4)
    a.malloc(4)
    a.malloc(4)
    a.free(0)
    check(a.realloc(4, 8), 12, "realloc(4, 8)")
    check(a.largest_free_block(), 8, "largest_free_block() ([0, 8) after the old block is freed)")
    check(a.malloc(8), 0, "malloc(8)")


def test_failed_realloc_changes_nothing():
    a = Allocator(16)
    a.malloc(4)
    a.malloc(4)  # [4, 8) blocks growth in place
    check(a.realloc(0, 13), None, "realloc(0, 13) (no 13-byte range)")
    check(a.free_bytes(), 8, "free_bytes() after the failed realloc")
    check(a.realloc(0, 0), None, "realloc(0, 0)")
    check(a.realloc(0, -2), None, "realloc(0, -2)")
    check(a.free(0), True, "free(0) (the old block is still valid)")


def test_invalid_addresses():
    a = Allocator(16)
    a.malloc(8)
    check(a.realloc(2, 4), None, "realloc(2, 4) (inside a block)")
    check(a.realloc(8, 4), None, "realloc(8, 4) (start of free space)")
    a.free(0)
    check(a.realloc(0, 4), None, "realloc(0, 4) after free")


def test_after_a_move_only_the_new_address_is_valid():
    a = Allocator(16)
    a.malloc(4)
    a.malloc(4)
    check(a.realloc(0, 6), 8, "realloc(0, 6)")
    check(a.free(0), False, "free(0) (the old address)")
    check(a.free(8), True, "free(8)")
