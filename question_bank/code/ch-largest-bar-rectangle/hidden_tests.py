from solution import largest_rectangle


def check(heights, want):
    got = largest_rectangle(heights)
    shown = heights if len(heights) <= 20 else f"<{len(heights)} bars>"
    assert got == want, f"largest_rectangle({shown}): got {got}, want {want}"


def test_all_zero_heights():
    check([0], 0)
    check([0, 0, 0], 0)


def test_zero_splits_the_chart():
    check([4, 4, 0, 3, 3, 3], 9)


def test_increasing_and_decreasing():
    check([1, 2, 3, 4, 5], 9)
    check([5, 4, 3, 2, 1], 9)


def test_equal_heights_span_the_whole_chart():
    check([3, 3, 3, 3], 12)
    check([2, 1, 2, 1, 2], 5)


def test_tall_narrow_bar_wins():
    check([1, 1, 10, 1, 1], 10)


def test_large_input_is_linear():
    # 10^5 bars: expanding around every bar (O(n^2)) would not finish in time
    check([10_000] * 100_000, 10**9)
    # ten rising ramps 1..10^4: best is height h over the ramp's last 10^4 - h + 1 bars
    check(list(range(1, 10_001)) * 10, 5_000 * 5_001)
