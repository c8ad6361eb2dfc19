from solution import count_decodings


def test_single_digits():
    assert count_decodings("7") == 1
    assert count_decodings("0") == 0, "0 alone is not a code"


def test_leading_zero():
    got = count_decodings("06")
    assert got == 0, f"got {got}, want 0"


def test_bounds_of_two_digit_codes():
    assert count_decodings("10") == 1, "10 only (1-0 is invalid)"
    assert count_decodings("26") == 2, "2-6 and 26"
    assert count_decodings("27") == 1, "27 is too big, only 2-7"
    assert count_decodings("19") == 2, "1-9 and 19"


def test_zero_that_cannot_pair():
    assert count_decodings("100") == 0, "the second 0 has nothing to pair with"
    assert count_decodings("2101") == 1, "2-10-1 only"


def test_zero_at_the_end_after_valid_prefix():
    got = count_decodings("1210")
    assert got == 2, f"got {got}, want 2 (1-2-10, 12-10)"


def test_sixty_ones():
    # "1" * n has Fibonacci(n + 1) decodings: 2,504,730,781,961 for n = 60. Trying every split
    # without remembering sub-results takes that many steps.
    got = count_decodings("1" * 60)
    assert got == 2_504_730_781_961, f"got {got}, want 2504730781961"
