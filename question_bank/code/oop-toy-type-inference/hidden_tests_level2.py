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


def test_shape_mismatches():
    type_error(fn(["int"], "int"), ["str"], "(int) -> int with str")
    type_error(fn(["int"], "int"), ["[int]"], "(int) -> int with [int]")
    type_error(fn(["[T1]"], "T1"), ["int"], "([T1]) -> T1 with int")
    type_error(fn(["[T1, T2]"], "T1"), ["[int]"], "([T1, T2]) -> T1 with [int]")
    type_error(
        fn(["[T1, T2]"], "T1"), ["[int, str, bool]"], "([T1, T2]) -> T1 with [int, str, bool]"
    )


def test_arity_both_ways():
    f = fn([], "bool")
    check(infer(f, []), "bool", "() -> bool with no arguments")
    type_error(f, ["bool"], "() -> bool with one argument")
    type_error(fn(["T1"], "T1"), ["int", "int"], "(T1) -> T1 with two arguments")


def test_nested_occurrences_must_agree():
    f = fn(["[T1, [T1]]"], "T1")
    check(infer(f, ["[int, [int]]"]), "int", "([T1, [T1]]) -> T1 with [int, [int]]")
    type_error(f, ["[int, [str]]"], "([T1, [T1]]) -> T1 with [int, [str]]")
    type_error(fn(["T1", "T1"], "T1"), ["[int]", "[[int]]"], "(T1, T1) -> T1 with [int], [[int]]")


def test_tuple_bindings_inside_the_result():
    f = fn(["T1", "T2"], "[T2, [T1]]")
    check(infer(f, ["[int]", "bool"]), "[bool, [[int]]]", "(T1, T2) -> [T2, [T1]] with [int], bool")


def test_concrete_return_and_unused_variables():
    check(infer(fn(["T1"], "int"), ["[str, bool]"]), "int", "(T1) -> int with [str, bool]")
    check(infer(fn(["T1", "T2"], "T2"), ["int", "int"]), "int", "(T1, T2) -> T2 with int, int")


def test_bindings_do_not_leak_between_calls():
    f = fn(["T1"], "[T1]")
    check(infer(f, ["int"]), "[int]", "(T1) -> [T1] with int")
    check(infer(f, ["str"]), "[str]", "(T1) -> [T1] with str, called again")


def test_result_is_a_type_value():
    got = infer_return(fn(["T1", "T2"], "[T1, T2]"), [parse_type("int"), parse_type("[str]")])
    check(got, parse_type("[int, [str]]"), "infer_return(...) == parse_type(...)")
