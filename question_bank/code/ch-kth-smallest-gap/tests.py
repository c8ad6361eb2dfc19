from solution import kth_gap


def test_example_1_third_smallest_distance():
    got = kth_gap([1, 6, 1, 4], 3)
    assert got == 3, f"got {got}"


def test_example_2_smallest_distance_is_a_repeat():
    got = kth_gap([1, 6, 1, 4], 1)
    assert got == 0, f"got {got}"


def test_example_3_largest_distance():
    got = kth_gap([10, 20, 30], 3)
    assert got == 20, f"got {got}"
