from solution import Function, TypeCheckError, call, parse_type, register

# the overload table is shared by every test in the run: each test uses names of its own


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


def test_fewest_variables_wins_whatever_the_order():
    register("h_order", fn(["T1", "T2"], "[T1, T2]"))
    register("h_order", fn(["T1", "T1"], "[T1]"))
    check(do_call("h_order", ["str", "str"]), "[str]", "1 variable beats 2")
    check(do_call("h_order", ["str", "int"]), "[str, int]", "the only overload that accepts")


def test_distinct_variables_are_counted_not_occurrences():
    register("h_count", fn(["T1", "T1", "T1"], "[T1]"))  # 1 distinct, 3 occurrences
    register("h_count", fn(["T1", "T2", "int"], "T2"))  # 2 distinct, 2 occurrences
    check(
        do_call("h_count", ["int", "int", "int"]),
        "[int]",
        "(T1, T1, T1) has fewer distinct variables",
    )


def test_tie_with_no_variables_is_ambiguous():
    register("h_tie", fn(["int"], "int"))
    register("h_tie", fn(["int"], "str"))
    type_error("h_tie", ["int"], "two concrete overloads accept [int]")


def test_ties_above_the_minimum_do_not_matter():
    register("h_upper", fn(["T1", "T2"], "T1"))
    register("h_upper", fn(["T2", "T1"], "T1"))
    register("h_upper", fn(["int", "T1"], "[T1]"))
    check(
        do_call("h_upper", ["int", "str"]), "[str]", "the 1-variable overload is the unique minimum"
    )
    type_error("h_upper", ["str", "str"], "the two 2-variable overloads tie")


def test_overloads_with_other_arities_are_skipped():
    register("h_arity", fn(["int"], "int"))
    register("h_arity", fn(["int", "int"], "[int]"))
    register("h_arity", fn(["T1", "T2", "T3"], "T3"))
    check(do_call("h_arity", ["int", "int"]), "[int]", "two arguments")
    check(do_call("h_arity", ["bool", "str", "float"]), "float", "three arguments")
    type_error("h_arity", [], "no arguments")


def test_generic_arguments_in_a_call():
    register("h_generic", fn(["int", "int"], "int"))
    register("h_generic", fn(["T1", "T1"], "[T1]"))
    check(do_call("h_generic", ["T9", "int"]), "int", "T9 becomes int; the concrete overload wins")
    check(do_call("h_generic", ["T9", "str"]), "[str]", "only the generic overload accepts")
    type_error("h_generic", ["T9", "[T9]"], "occurs check rejects the only candidate")


def test_registered_name_with_no_accepting_overload():
    register("h_none", fn(["[int, int]"], "int"))
    type_error("h_none", ["[int]"], "tuple of the wrong length")
    check(do_call("h_none", ["[int, int]"]), "int", "the right tuple")
