from solution import largest_rectangle


def test_example_1_low_wide_rectangle():
    got = largest_rectangle([3, 1, 3, 2, 2])
    assert got == 6, f"got {got}"


def test_example_2_plateau_of_equal_bars():
    got = largest_rectangle([2, 4, 4, 4, 1])
    assert got == 12, f"got {got}"


def test_example_3_single_bar():
    got = largest_rectangle([5])
    assert got == 5, f"got {got}"
