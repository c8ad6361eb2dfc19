from solution import evaluate


def test_example_1_parentheses_then_truncating_division():
    got = evaluate("7 - (3 + 2*4) / 3")
    assert got == 4, f"got {got}"


def test_example_2_two_groups():
    got = evaluate("(1+2)*(3+4)-10/4")
    assert got == 19, f"got {got}"


def test_example_3_subtraction_is_left_to_right():
    got = evaluate("2-3-4")
    assert got == -5, f"got {got}"


def test_example_4_negative_quotient_truncates_toward_zero():
    got = evaluate("14/(2-7)")
    assert got == -2, f"got {got}"
