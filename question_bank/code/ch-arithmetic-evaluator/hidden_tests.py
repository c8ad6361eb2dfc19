from solution import evaluate


def check(expr, want):
    got = evaluate(expr)
    shown = expr if len(expr) <= 60 else f"<{len(expr)} chars>"
    assert got == want, f"evaluate({shown!r}): got {got!r}, want {want}"


def test_single_number():
    check("0", 0)
    check("42", 42)
    check("2147483647", 2_147_483_647)


def test_spaces_anywhere():
    check("  12 +  3 * 4 ", 24)
    check("( 8 )", 8)


def test_division_and_multiplication_left_to_right():
    check("100/10/5", 2)
    check("2*3/4", 1)
    check("7/2*2", 6)


def test_precedence_without_parentheses():
    check("1+2*3-8/4", 5)
    check("20-3*4-5", 3)


def test_negative_intermediate_truncates_toward_zero():
    check("(1-8)/2", -3)
    check("(2-9)*3/4", -5)
    check("1-(10-3)/2*2", -5)
    check("(3-10)/7", -1)
    check("(3-9)/7", 0)


def test_nested_parentheses():
    check("((2))*((3+(4)))", 14)
    check("(" * 100 + "1+2" + ")" * 100, 3)
    check("2*(3-(4-(5-(6-7))))", 10)


def test_large_values_stay_exact():
    check("1000000*1000/3", 333_333_333)
    check("2147483647-2147483647*1+1", 1)


def test_long_expression():
    # 1,250 terms of 12*3-35 (each worth 1): 9,999 characters
    expr = "+".join(["12*3-35"] * 1_250)
    check(expr, 1_250)
    expr = "(" * 50 + "+".join(["(9/2-3)*4"] * 500) + ")" * 50
    check(expr, 2_000)
