import random

from solution import earliest_crossing


def check(grid, want):
    got = earliest_crossing(grid)
    shown = grid if len(grid) <= 5 else f"<{len(grid)}x{len(grid)} grid>"
    assert got == want, f"earliest_crossing({shown}): got {got}, want {want}"


def test_start_cell_is_the_highest():
    check([[9, 1], [1, 1]], 9)


def test_end_cell_is_the_highest():
    check([[0, 1], [2, 8]], 8)


def test_detour_beats_the_direct_route():
    # the straight lines cross 50; the winding route stays at 6 or below
    grid = [
        [1, 50, 1, 1, 1],
        [2, 50, 2, 50, 2],
        [3, 50, 3, 50, 3],
        [4, 5, 6, 50, 4],
        [50, 50, 50, 50, 5],
    ]
    check(grid, 6)


def test_path_may_go_up_and_left():
    grid = [
        [0, 0, 0, 0],
        [9, 9, 9, 0],
        [0, 0, 0, 0],
        [0, 9, 9, 9],
    ]
    check(grid, 9)
    grid[3] = [0, 9, 9, 0]
    grid[2][3] = 9
    check(grid, 9)
    grid = [
        [0, 0, 0, 0],
        [9, 9, 9, 0],
        [0, 0, 0, 0],
        [0, 9, 9, 9],
    ]
    grid[3][3] = 1
    grid[2][3] = 9
    check(grid, 9)


def test_repeated_and_extreme_values():
    check([[5, 5, 5], [5, 5, 5], [5, 5, 5]], 5)
    check([[0, 1_000_000], [1_000_000, 0]], 1_000_000)


def test_large_grid_with_one_winding_corridor():
    # 300 x 300: a snake-shaped corridor of low cells through walls of high ones (>= 500,000).
    # Along the corridor the elevations rise slowly, except one cell of 499,999 in row 100 that
    # every route must cross. Trying every elevation as the time, with a flood fill for each,
    # would not finish in time.
    n = 300
    rng = random.Random(0)
    walls = rng.choices(range(500_000, 1_000_001), k=n * n)
    grid = [walls[r * n : (r + 1) * n] for r in range(n)]
    corridor = []
    for r in range(0, n, 2):
        row = [(r, c) for c in range(n)]
        corridor += row if (r // 2) % 2 == 0 else row[::-1]
        if r + 1 < n:
            corridor.append((r + 1, corridor[-1][1]))
    corridor += [(n - 1, c) for c in range(1, n)]  # the last row, from the left
    for step, (r, c) in enumerate(corridor):
        grid[r][c] = 5 * step
    assert corridor[-1] == (n - 1, n - 1) and grid[100][150] < 499_999
    grid[100][150] = 499_999
    check(grid, 499_999)
