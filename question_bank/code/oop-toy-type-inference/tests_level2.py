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


F = fn(["T1", "[T1, T2]"], "[T2, T1]")


def test_example_variables_are_replaced():
    check(infer(F, ["int", "[int, str]"]), "[str, int]", "f(int, [int, str])")


def test_example_conflicting_binding_and_arity():
    type_error(F, ["int", "[float, str]"], "f(int, [float, str]) (T1 is int, then float)")
    type_error(F, ["int"], "f(int) (arity)")


def test_example_variable_bound_to_a_tuple():
    g = fn(["[T1, T1]"], "T1")
    check(infer(g, ["[[int, bool], [int, bool]]"]), "[int, bool]", "g([[int, bool], [int, bool]])")
