from solution import min_rooms


def test_example_1_two_rooms():
    got = min_rooms([[9, 12], [10, 11], [11, 13], [12, 14]])
    assert got == 2, f"got {got}, want 2"


def test_example_2_end_and_start_at_same_time_share():
    got = min_rooms([[1, 5], [2, 6], [3, 7], [5, 8]])
    assert got == 3, f"got {got}, want 3"


def test_example_3_unsorted_back_to_back():
    got = min_rooms([[4, 6], [1, 4]])
    assert got == 1, f"got {got}, want 1"
