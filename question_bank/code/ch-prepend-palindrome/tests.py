from solution import shortest_front_palindrome


def test_example_1_one_character_in_front():
    got = shortest_front_palindrome("abab")
    assert got == "babab", f"got {got!r}"


def test_example_2_palindromic_prefix_racecar():
    got = shortest_front_palindrome("racecarxy")
    assert got == "yxracecarxy", f"got {got!r}"


def test_example_3_short_palindromic_prefix():
    got = shortest_front_palindrome("aaba")
    assert got == "abaaba", f"got {got!r}"


def test_example_4_empty_string():
    got = shortest_front_palindrome("")
    assert got == "", f"got {got!r}"
