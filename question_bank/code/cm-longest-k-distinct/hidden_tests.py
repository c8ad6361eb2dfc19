from solution import longest_k_distinct


def test_empty_string():
    assert longest_k_distinct("", 0) == 0
    assert longest_k_distinct("", 3) == 0


def test_k_at_least_the_distinct_count_takes_everything():
    assert longest_k_distinct("a1b2c3", 6) == 6
    assert longest_k_distinct("a1b2c3", 100_000) == 6


def test_case_matters():
    assert longest_k_distinct("aAaA", 1) == 1
    assert longest_k_distinct("aAaA", 2) == 4


def test_window_shrinks_past_several_characters():
    # the best window "bcbbbbcccb" follows a window that must drop "a" and keep going
    got = longest_k_distinct("abcbbbbcccbdddadacb", 2)
    assert got == 10, f"got {got}, want 10"
    got = longest_k_distinct("aaabbbcccaaa", 2)
    assert got == 6, f"got {got}, want 6"


def test_large_input_is_linear():
    # 10^5 characters with a window as long as the string: rescanning from every start
    # does not finish
    assert longest_k_distinct("ab" * 50_000, 2) == 100_000
    s = "xy" * 25_000 + "z" + "yz" * 25_000
    got = longest_k_distinct(s, 2)
    assert got == 50_002, f"got {got}, want 50002"  # "y" + "z" + "yz" * 25000
