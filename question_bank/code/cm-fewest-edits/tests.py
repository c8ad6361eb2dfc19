from solution import edit_distance


def test_example_1_delete_then_insert():
    got = edit_distance("stone", "tones")
    assert got == 2, f"got {got}, want 2"


def test_example_2_two_replacements():
    got = edit_distance("intent", "intern")
    assert got == 2, f"got {got}, want 2"


def test_example_3_from_empty():
    got = edit_distance("", "abc")
    assert got == 3, f"got {got}, want 3"


def test_example_4_same_word():
    got = edit_distance("same", "same")
    assert got == 0, f"got {got}, want 0"
