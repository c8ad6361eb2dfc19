import random

from solution import max_profit


def test_must_buy_before_selling():
    # max - min would be 9, but the minimum comes after the maximum
    got = max_profit([5, 10, 1])
    assert got == 5, f"got {got}, want 5"


def test_flat_prices_give_zero():
    assert max_profit([7, 7, 7, 7]) == 0


def test_price_bounds():
    assert max_profit([0, 10_000]) == 10_000
    assert max_profit([10_000, 0, 10_000]) == 10_000
    assert max_profit([10_000, 0]) == 0


def test_minimum_on_last_day_is_ignored():
    assert max_profit([3, 8, 2, 6, 1]) == 5


def test_large_input_is_linear():
    # 10^5 days: checking every pair does not finish
    rng = random.Random(0)
    n = 100_000
    prices = [rng.randint(5_000, 6_000) for _ in range(n)]
    prices[40_000] = 100
    prices[90_000] = 9_900
    assert max_profit(prices) == 9_800
    assert max_profit(list(range(n, 0, -1))) == 0
