import random

from solution import max_pop_score


def check(vals, want):
    got = max_pop_score(vals)
    shown = vals if len(vals) <= 20 else f"<{len(vals)} balloons>"
    assert got == want, f"max_pop_score({shown}): got {got}, want {want}"


def test_zeros_score_nothing():
    check([0], 0)
    check([0, 0, 0], 0)


def test_zero_between_two_balloons():
    # pop the 0 first (scores 0) so the two 7s become neighbours: 0 + 49 + 7
    check([7, 0, 7], 56)


def test_order_matters_more_than_values():
    check([3, 0, 2, 8], 80)
    check([4, 7, 2, 9, 5, 1], 611)


def test_all_ones():
    check([1, 1, 1, 1, 1], 5)


def test_equal_large_values():
    # every pop but the last two has two 100s as neighbours: 58 * 100^3 + 100^2 + 100
    check([100] * 60, 58_010_100)


def test_long_row_needs_interval_dp():
    # 150 balloons: searching over pop orders or subsets would not finish in time
    rng = random.Random(0)
    vals = [rng.randint(0, 100) for _ in range(150)]
    check(vals, 51_850_423)
