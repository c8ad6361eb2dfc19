from solution import fewest_coins


def test_example_1_four_coins():
    got = fewest_coins([2, 5, 10], 27)
    assert got == 4, f"got {got}, want 4 (10 + 10 + 5 + 2)"


def test_example_2_greedy_is_not_optimal():
    got = fewest_coins([1, 3, 4], 6)
    assert got == 2, f"got {got}, want 2 (3 + 3)"


def test_example_3_impossible():
    got = fewest_coins([4, 6], 7)
    assert got == -1, f"got {got}, want -1"


def test_example_4_zero_amount():
    got = fewest_coins([3], 0)
    assert got == 0, f"got {got}, want 0"
