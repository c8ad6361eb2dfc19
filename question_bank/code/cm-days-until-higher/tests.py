from solution import days_until_higher


def test_example_1_mixed_prices():
    got = days_until_higher([30, 38, 35, 31, 40, 33])
    assert got == [1, 3, 2, 1, 0, 0], f"got {got}"


def test_example_2_equal_prices_are_not_higher():
    assert days_until_higher([5, 5, 5]) == [0, 0, 0]


def test_example_3_rising_prices():
    assert days_until_higher([1, 2, 3]) == [1, 1, 0]
