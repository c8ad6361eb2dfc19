from solution import Function, TypeCheckError, infer_return, parse_type


def fn(params, ret):
    return Function([parse_type(p) for p in params], parse_type(ret))


def infer(f, args):
    return str(infer_return(f, [parse_type(a) for a in args]))


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def type_error(f, args, call):
    try:
        got = infer(f, args)
    except TypeCheckError:
        return
    raise AssertionError(f"{call}: expected TypeCheckError, got {got!r}")


def test_swapped_variable_names_are_kept_apart():
    got = infer(fn(["T1", "T2"], "[T1, T2]"), ["T2", "T1"])
    check(got, "[T2, T1]", "(T1, T2) -> [T1, T2] with T2, T1")


def test_result_is_written_in_the_callers_variables():
    check(infer(fn(["T1"], "[T1, int]"), ["T7"]), "[T7, int]", "(T1) -> [T1, int] with T7")
    check(infer(fn(["T1"], "T1"), ["[T4, [T9]]"]), "[T4, [T9]]", "(T1) -> T1 with [T4, [T9]]")
    # T5 = [T2] first, then [T6] meets [T2]: the function's T2 must become the caller's T6
    got = infer(fn(["[T2]", "T3", "T3"], "[T2, T3]"), ["T5", "[T6]", "T5"])
    check(got, "[T6, [T6]]", "([T2], T3, T3) -> [T2, T3] with T5, [T6], T5")


def test_a_variable_unifies_with_itself():
    check(infer(fn(["T1", "T1"], "T1"), ["T3", "T3"]), "T3", "(T1, T1) -> T1 with T3, T3")
    got = infer(fn(["T1", "T1"], "[T1]"), ["[T3, int]", "[T3, int]"])
    check(got, "[[T3, int]]", "(T1, T1) -> [T1] with [T3, int], [T3, int]")


def test_signature_fixes_caller_variables():
    check(infer(fn(["int", "T1"], "[T1]"), ["T4", "T4"]), "[int]", "(int, T1) -> [T1] with T4, T4")
    got = infer(fn(["T1", "T1"], "T1"), ["[T2, int]", "[str, T3]"])
    check(got, "[str, int]", "(T1, T1) -> T1 with [T2, int], [str, T3]")


def test_caller_variable_solved_later_in_the_argument_list():
    got = infer(fn(["T1", "[T1, T2]"], "[T2]"), ["int", "[T3, T3]"])
    check(got, "[int]", "(T1, [T1, T2]) -> [T2] with int, [T3, T3]")
    got = infer(fn(["T1", "T1"], "[T1]"), ["T5", "[int, T6]"])
    check(got, "[[int, T6]]", "(T1, T1) -> [T1] with T5, [int, T6]")


def test_caller_variable_with_two_different_types():
    type_error(
        fn(["T1", "T1"], "T1"),
        ["[T5, T5]", "[int, str]"],
        "(T1, T1) -> T1 with [T5, T5], [int, str]",
    )
    type_error(fn(["int", "str"], "int"), ["T1", "T1"], "(int, str) -> int with T1, T1")


def test_occurs_check_through_a_chain_of_variables():
    type_error(
        fn(["T1", "T1", "T1"], "T1"), ["T2", "T3", "[T2]"], "(T1, T1, T1) -> T1 with T2, T3, [T2]"
    )
    type_error(fn(["T1", "T1"], "T1"), ["T2", "[int, [T2]]"], "(T1, T1) -> T1 with T2, [int, [T2]]")


def test_fresh_names_follow_the_largest_argument_variable_in_order():
    got = infer(fn(["[T1, T2]"], "[T2, T1]"), ["T4"])
    check(got, "[T5, T6]", "([T1, T2]) -> [T2, T1] with T4")
