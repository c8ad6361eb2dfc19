from solution import count_decodings


def test_example_1_four_ways():
    got = count_decodings("2611")
    assert got == 4, f"got {got}, want 4"


def test_example_2_zeros_force_the_split():
    got = count_decodings("1020")
    assert got == 1, f"got {got}, want 1"


def test_example_3_thirty_is_not_a_code():
    got = count_decodings("30")
    assert got == 0, f"got {got}, want 0"
