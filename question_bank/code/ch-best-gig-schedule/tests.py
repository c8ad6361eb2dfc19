from solution import max_pay


def test_example_1_two_far_apart_gigs():
    got = max_pay([[1, 4, 50], [3, 5, 20], [4, 7, 40], [6, 9, 70], [5, 8, 30]])
    assert got == 120, f"got {got}"


def test_example_2_touching_gigs_beat_one_long_gig():
    got = max_pay([[1, 2, 5], [2, 3, 5], [3, 4, 5], [1, 4, 14]])
    assert got == 15, f"got {got}"


def test_example_3_single_gig():
    got = max_pay([[0, 10, 7]])
    assert got == 7, f"got {got}"
