from solution import shortest_cover


def test_example_1_shortest_window_is_at_the_end():
    got = shortest_cover("xyyzyzyx", "xyz")
    assert got == "zyx", f"got {got!r}"


def test_example_2_repeated_character_must_be_covered_twice():
    got = shortest_cover("aabbcc", "abbc")
    assert got == "abbc", f"got {got!r}"


def test_example_3_no_window_covers_t():
    got = shortest_cover("abc", "aa")
    assert got == "", f"got {got!r}"
