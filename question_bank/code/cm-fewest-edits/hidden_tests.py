from solution import edit_distance


def test_both_empty():
    assert edit_distance("", "") == 0


def test_to_empty():
    got = edit_distance("abcd", "")
    assert got == 4, f"got {got}, want 4"


def test_single_characters():
    assert edit_distance("a", "b") == 1, "one replacement"
    assert edit_distance("a", "ab") == 1, "one insertion"
    assert edit_distance("ab", "b") == 1, "one deletion"


def test_mixed_operations():
    # flaw -> lawn: delete f, insert n
    got = edit_distance("flaw", "lawn")
    assert got == 2, f"got {got}, want 2"
    # sunday -> saturday: insert a and t, replace n with r
    got = edit_distance("sunday", "saturday")
    assert got == 3, f"got {got}, want 3"


def test_no_common_letters_mixed_lengths():
    got = edit_distance("abc", "wxyzv")
    assert got == 5, f"got {got}, want 5 (3 replacements, 2 insertions)"


def test_shifted_by_one():
    # "abab...ab" -> "baba...ba": delete the first a and add an a at the end, 2 edits,
    # while a position-by-position comparison sees 60 differences
    got = edit_distance("ab" * 30, "ba" * 30)
    assert got == 2, f"got {got}, want 2"


def test_large_all_different():
    # 500 x 500 with no matches: 500 replacements. Recursion over the three choices without
    # remembering sub-results explodes.
    got = edit_distance("a" * 500, "b" * 500)
    assert got == 500, f"got {got}, want 500"
