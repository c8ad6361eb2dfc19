from solution import window_peaks


def test_window_of_one_returns_every_load():
    loads = [3, -1, 4, -1, 5]
    got = window_peaks(loads, 1)
    assert got == loads, f"got {got}"


def test_window_as_long_as_the_input():
    got = window_peaks([2, 7, 1, 8, 2, 8], 6)
    assert got == [8], f"got {got}"


def test_negative_loads():
    got = window_peaks([-5, -3, -8, -1, -9, -10], 2)
    assert got == [-3, -3, -1, -1, -9], f"got {got}"


def test_equal_maxima_expire_by_position_not_value():
    # the first 5 leaves the window while the second 5 is still in it
    got = window_peaks([5, 5, 1, 1], 2)
    assert got == [5, 5, 1], f"got {got}"
    got = window_peaks([1, 6, 2, 6, 2, 2, 0], 3)
    assert got == [6, 6, 6, 6, 2], f"got {got}"


def test_maximum_rises_then_falls():
    got = window_peaks([1, 3, 5, 7, 6, 4, 2, 0], 3)
    assert got == [5, 7, 7, 7, 6, 4], f"got {got}"


def test_large_input_is_linear():
    # 10^5 loads and k = 5 * 10^4: an O(n k) scan would not finish in time
    n, k = 100_000, 50_000
    falling = [10_000 - i // 5 for i in range(n)]  # non-increasing: the peak is each window's first
    got = window_peaks(falling, k)
    assert got == falling[: n - k + 1], "wrong maxima on a long non-increasing series"
    rising = falling[::-1]  # non-decreasing: the peak is each window's last
    got = window_peaks(rising, k)
    assert got == rising[k - 1 :], "wrong maxima on a long non-decreasing series"
