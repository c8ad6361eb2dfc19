from solution import minutes_to_infect


def test_single_cells():
    assert minutes_to_infect([[0]]) == 0, "no servers at all: 0"
    assert minutes_to_infect([[2]]) == 0, "only an infected server: 0"
    assert minutes_to_infect([[1]]) == -1, "a clean server and nothing infected: -1"


def test_one_neighbour_takes_one_minute():
    got = minutes_to_infect([[2, 1]])
    assert got == 1, f"got {got}, want 1"


def test_clean_servers_but_no_infection():
    got = minutes_to_infect([[1, 1], [0, 1]])
    assert got == -1, f"got {got}, want -1"


def test_diagonals_do_not_infect():
    got = minutes_to_infect([[2, 0], [0, 1]])
    assert got == -1, f"got {got}, want -1"


def test_sources_spread_at_the_same_time():
    # both ends start infected, so the middle is reached after 3 minutes, not 6
    got = minutes_to_infect([[2, 1, 1, 1, 1, 1, 2]])
    assert got == 3, f"got {got}, want 3"


def test_column_grid():
    got = minutes_to_infect([[1], [1], [2], [0], [2], [1]])
    assert got == 2, f"got {got}, want 2"


def test_large_serpentine_grid():
    # 299 x 300: full rows joined at alternating ends into one path of 45,149 servers, infected
    # at one end. 45,148 minutes: re-scanning the whole grid every minute would take billions
    # of steps, and a recursive search along the path would overflow the stack.
    rows, cols = 299, 300
    grid = []
    for r in range(rows):
        if r % 2 == 0:
            grid.append([1] * cols)
        else:
            row = [0] * cols
            row[cols - 1 if r % 4 == 1 else 0] = 1
            grid.append(row)
    grid[0][0] = 2
    got = minutes_to_infect(grid)
    assert got == 45_148, f"got {got}, want 45148"
