from solution import days_until_higher


def test_single_day():
    assert days_until_higher([7]) == [0]


def test_equal_price_does_not_resolve_a_waiting_day():
    got = days_until_higher([3, 1, 3, 4])
    assert got == [3, 1, 1, 0], f"got {got}, want [3, 1, 1, 0]"
    got = days_until_higher([5, 5, 6])
    assert got == [2, 1, 0], f"got {got}, want [2, 1, 0]"


def test_one_spike_resolves_many_days():
    assert days_until_higher([5, 4, 3, 2, 10]) == [4, 3, 2, 1, 0]


def test_price_bounds():
    assert days_until_higher([0, 10**9, 0, 10**9 - 1]) == [1, 0, 1, 0]


def test_large_falling_series_is_linear():
    # 10^5 days: scanning right from every day does not finish on a falling series
    n = 100_000
    falling = list(range(n, 0, -1))
    assert days_until_higher(falling) == [0] * n
    got = days_until_higher(falling[:-1] + [n + 1])
    assert got == [n - 1 - i for i in range(n - 1)] + [0], "wrong waits before the final spike"
