from solution import longest_mirror


def test_example_1_odd_length():
    got = longest_mirror("bananas")
    assert got == "anana", f"got {got!r}, want 'anana'"


def test_example_2_even_length():
    got = longest_mirror("xyzzyq")
    assert got == "yzzy", f"got {got!r}, want 'yzzy'"


def test_example_3_no_repeat_first_letter():
    got = longest_mirror("abcd")
    assert got == "a", f"got {got!r}, want 'a'"
