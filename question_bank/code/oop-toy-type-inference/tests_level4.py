from solution import Function, TypeCheckError, call, parse_type, register


def fn(params, ret):
    return Function([parse_type(p) for p in params], parse_type(ret))


def do_call(name, args):
    return str(call(name, [parse_type(a) for a in args]))


def check(got, want, what):
    assert got == want, f"{what}: got {got!r}, want {want!r}"


def type_error(name, args, what):
    try:
        got = do_call(name, args)
    except TypeCheckError:
        return
    raise AssertionError(f"{what}: expected TypeCheckError, got {got!r}")


def test_example_add_overloads():
    check(register("add", fn(["int", "int"], "int")), None, 'register("add", (int, int) -> int)')
    register("add", fn(["float", "float"], "float"))
    register("add", fn(["T1", "T1"], "T1"))
    check(do_call("add", ["int", "int"]), "int", 'call("add", [int, int]) (0 variables beats 1)')
    check(do_call("add", ["str", "str"]), "str", 'call("add", [str, str])')
    type_error("add", ["int", "float"], 'call("add", [int, float]) (no overload accepts)')


def test_example_pair_overloads_and_unknown_name():
    register("pair", fn(["T1", "int"], "[T1, int]"))
    register("pair", fn(["int", "T1"], "[int, T1]"))
    check(do_call("pair", ["str", "int"]), "[str, int]", 'call("pair", [str, int])')
    type_error("pair", ["int", "int"], 'call("pair", [int, int]) (ambiguous)')
    type_error("nope", ["int"], 'call("nope", [int]) (unknown name)')
