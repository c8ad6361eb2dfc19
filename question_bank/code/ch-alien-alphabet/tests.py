from solution import alien_order


def test_example_1_single_consistent_order():
    got = alien_order(["qq", "qw", "we", "ee"])
    assert got == "qwe", f"got {got!r}"


def test_example_2_contradiction():
    got = alien_order(["ba", "ab", "bb"])
    assert got == "", f"got {got!r}"


def test_example_3_word_after_its_prefix():
    got = alien_order(["abc", "ab"])
    assert got == "", f"got {got!r}"
