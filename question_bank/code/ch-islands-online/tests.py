from solution import islands_after_each


def test_example_1_last_cell_joins_three_islands():
    got = islands_after_each(3, 3, [[0, 0], [0, 1], [1, 2], [2, 1], [1, 1]])
    assert got == [1, 1, 2, 3, 1], f"got {got}"


def test_example_2_repeated_cell_on_one_row():
    got = islands_after_each(1, 4, [[0, 0], [0, 2], [0, 2], [0, 1], [0, 3]])
    assert got == [1, 2, 2, 1, 1], f"got {got}"
