from solution import window_peaks


def test_example_1_window_of_three():
    got = window_peaks([4, 2, 12, 3, 8, 1, 7, 6], 3)
    assert got == [12, 12, 12, 8, 8, 7], f"got {got}"


def test_example_2_decreasing_loads():
    got = window_peaks([5, 4, 3, 2, 1], 2)
    assert got == [5, 4, 3, 2], f"got {got}"


def test_example_3_single_second():
    got = window_peaks([9], 1)
    assert got == [9], f"got {got}"
