from solution import Allocator


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def holes(sizes_and_gaps):
    """A heap of alternating holes and 1-byte used blocks: [hole, used, hole, used, ...]."""
    total = sum(sizes_and_gaps) + len(sizes_and_gaps)
    a = Allocator(total)
    starts = []
    for size in sizes_and_gaps:
        starts.append(a.malloc(size))
        a.malloc(1)
    for start in starts:
        a.free(start)
    return a, starts


def test_best_fit_ties_go_to_the_lowest_address():
    a, starts = holes([8, 5, 9, 5])
    a.set_strategy("best_fit")
    check(a.malloc(4), starts[1], "malloc(4) (two 5-byte ranges tie)")
    check(a.malloc(5), starts[3], "malloc(5)")


def test_best_fit_prefers_an_exact_fit_at_a_higher_address():
    a, starts = holes([10, 7, 4])
    a.set_strategy("best_fit")
    check(a.malloc(4), starts[2], "malloc(4)")


def test_worst_fit_ties_go_to_the_lowest_address():
    a, starts = holes([3, 9, 2, 9])
    a.set_strategy("worst_fit")
    check(a.malloc(1), starts[1], "malloc(1) (two 9-byte ranges tie)")
    check(a.malloc(8), starts[3], "malloc(8) (now the only 9-byte range)")


def test_unknown_name_keeps_the_current_strategy():
    a, starts = holes([10, 4])
    check(a.set_strategy("best_fit"), True, 'set_strategy("best_fit")')
    check(a.set_strategy("BEST_FIT"), False, 'set_strategy("BEST_FIT")')
    check(a.malloc(3), starts[1], "malloc(3) still uses best fit")
    check(a.set_strategy("first_fit"), True, 'set_strategy("first_fit")')
    check(a.malloc(3), starts[0], "malloc(3) with first fit")


def test_moving_realloc_uses_the_strategy():
    a = Allocator(40)
    a.malloc(4)  # [0, 4)
    a.malloc(2)  # [4, 6): keeps the block at 0 from growing in place
    h1 = a.malloc(8)  # [6, 14)
    a.malloc(1)  # [14, 15)
    h2 = a.malloc(6)  # [15, 21)
    a.malloc(1)  # [21, 22)
    a.free(h1)
    a.free(h2)  # free: [6, 14) [15, 21) [22, 40); first fit would pick 6 both times
    a.set_strategy("best_fit")
    check(a.realloc(0, 5), 15, "realloc(0, 5) with best fit")
    a.set_strategy("worst_fit")
    check(a.realloc(15, 7), 22, "realloc(15, 7) with worst fit")


def test_compact_with_nothing_to_move():
    a = Allocator(16)
    check(a.compact(), {}, "compact() on an empty heap")
    a.malloc(4)
    a.malloc(4)
    check(a.compact(), {}, "compact() on a packed heap")
    check(a.malloc(8), 8, "malloc(8) after compact")


def test_blocks_are_usable_at_their_new_addresses():
    a = Allocator(16)
    a.malloc(4)  # 0
    a.malloc(4)  # 4
    a.malloc(4)  # 8
    a.free(0)
    a.free(8)
    check(a.compact(), {4: 0}, "compact()")
    check(a.free_bytes(), 12, "free_bytes() after compact")
    check(a.largest_free_block(), 12, "largest_free_block() after compact")
    check(a.fragmentation(), 0.0, "fragmentation() after compact")
    check(a.free(4), False, "free(4) (the old address)")
    check(a.realloc(0, 6), 0, "realloc(0, 6) (grows in place into the free tail)")
    check(a.free(0), True, "free(0)")
    check(a.malloc(16), 0, "malloc(16)")


def test_compact_keeps_the_order_of_blocks():
    a = Allocator(30)
    a.malloc(5)  # 0
    a.malloc(3)  # 5
    a.malloc(7)  # 8
    a.malloc(2)  # 15
    a.free(0)
    a.free(8)
    check(a.compact(), {5: 0, 15: 3}, "compact()")
    check(a.malloc(25), 5, "malloc(25)")
