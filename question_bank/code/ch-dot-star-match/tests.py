from solution import matches


def test_example_1_dot_star_in_the_middle():
    assert matches("xaab", "x.*b") is True


def test_example_2_pattern_needs_a_final_d():
    assert matches("abc", "a*b*c*d") is False


def test_example_3_empty_string_and_starred_letters():
    assert matches("", "z*y*") is True


def test_example_4_nothing_matches_the_final_d():
    assert matches("abcd", "a.c*") is False
