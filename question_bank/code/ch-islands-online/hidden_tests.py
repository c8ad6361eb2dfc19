from solution import islands_after_each


def check(rows, cols, positions, want):
    got = islands_after_each(rows, cols, positions)
    if len(positions) <= 20:
        call = f"islands_after_each({rows}, {cols}, {positions})"
        assert got == want, f"{call}: got {got}, want {want}"
    else:
        assert len(got) == len(want), f"got {len(got)} counts, want {len(want)}"
        step = next((i for i, (g, w) in enumerate(zip(got, want, strict=True)) if g != w), None)
        assert step is None, f"after step {step}: got {got[step]} islands, want {want[step]}"


def test_single_cell_map():
    check(1, 1, [[0, 0]], [1])
    check(1, 1, [[0, 0], [0, 0]], [1, 1])


def test_diagonal_cells_are_separate_islands():
    check(2, 2, [[0, 0], [1, 1], [0, 1]], [1, 2, 1])


def test_cells_on_the_edges_do_not_wrap_around():
    # (0, 0) and (0, 2) are at opposite ends of a row; (0, 2) and (1, 0) are not neighbours
    check(2, 3, [[0, 0], [0, 2], [1, 0], [1, 2]], [1, 2, 2, 2])
    check(3, 1, [[0, 0], [2, 0], [1, 0]], [1, 2, 1])


def test_repeat_of_a_merged_cell_changes_nothing():
    check(2, 2, [[0, 0], [0, 1], [0, 0], [1, 1], [0, 1]], [1, 1, 1, 1, 1])


def test_touching_one_island_twice_merges_nothing():
    # (2, 2) touches two cells of one island, and (1, 1) four cells of the ring: still one island
    ring = [[0, 1], [1, 0], [1, 2], [2, 1], [0, 0], [0, 2], [2, 0], [2, 2]]
    check(3, 3, [*ring, [1, 1]], [1, 2, 3, 4, 3, 2, 1, 1, 1])


def test_large_map_many_positions():
    # a 10^4 x 10^4 map and 10^4 positions: every other cell of row 0 (5,000 islands), then the
    # gaps in between (each merges two islands), then a repeat. Re-counting islands after every
    # step, or allocating the whole map, would not finish in time.
    n = 10_000
    positions = [[0, c] for c in range(0, n, 2)] + [[0, c] for c in range(1, n - 1, 2)]
    positions.append([0, 0])
    want = list(range(1, 5_001)) + list(range(4_999, 0, -1)) + [1]
    check(n, n, positions, want)
