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


def test_example_caller_variable_forced_to_a_concrete_type():
    check(infer(fn(["T1", "T1"], "[T1]"), ["T5", "int"]), "[int]", "(T1, T1) -> [T1] with T5, int")


def test_example_caller_variables_are_not_the_functions():
    got = infer(fn(["T1"], "[T1, T1]"), ["[T1, int]"])
    check(got, "[[T1, int], [T1, int]]", "(T1) -> [T1, T1] with [T1, int]")


def test_example_occurs_check():
    type_error(fn(["T1", "T1"], "T1"), ["T2", "[T2]"], "(T1, T1) -> T1 with T2, [T2] (T2 = [T2])")


def test_example_solving_through_a_caller_variable():
    got = infer(fn(["[T1, T2]", "T2"], "T1"), ["[T3, T3]", "str"])
    check(got, "str", "([T1, T2], T2) -> T1 with [T3, T3], str")


def test_example_unsolved_function_variable_gets_a_fresh_name():
    check(infer(fn(["[T1]"], "T1"), ["T5"]), "T6", "([T1]) -> T1 with T5")
