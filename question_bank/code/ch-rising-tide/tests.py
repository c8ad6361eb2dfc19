from solution import earliest_crossing


def test_example_1_route_around_the_peaks():
    got = earliest_crossing([[3, 5, 9], [4, 8, 2], [7, 6, 1]])
    assert got == 7, f"got {got}"


def test_example_2_route_along_the_rim():
    got = earliest_crossing([[0, 1, 2], [9, 9, 3], [6, 5, 4]])
    assert got == 4, f"got {got}"


def test_example_3_single_cell():
    got = earliest_crossing([[7]])
    assert got == 7, f"got {got}"
