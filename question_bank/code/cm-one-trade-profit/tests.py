from solution import max_profit


def test_example_1_best_pair_is_not_the_first_dip():
    assert max_profit([8, 3, 6, 1, 5, 4]) == 4


def test_example_2_falling_prices_give_zero():
    assert max_profit([9, 7, 4, 1]) == 0


def test_example_3_single_day():
    assert max_profit([2]) == 0
