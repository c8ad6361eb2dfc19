from solution import Function, parse_type


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def raises_value_error(make, call):
    try:
        got = make()
    except ValueError:
        return
    raise AssertionError(f"{call}: expected ValueError, got {got!r}")


def test_every_primitive_and_canonical_spacing():
    for name in ["int", "float", "str", "bool"]:
        check(str(parse_type(f"  {name} ")), name, f"str(parse_type({name!r}))")
    check(str(parse_type("[[int],bool ]")), "[[int], bool]", 'str(parse_type("[[int],bool ]"))')
    check(str(parse_type("[T3]")), "[T3]", 'str(parse_type("[T3]")) (one element)')
    text = "[\tT12 ,\n[[ float ], str],bool]"
    check(str(parse_type(text)), "[T12, [[float], str], bool]", f"str(parse_type({text!r}))")


def test_malformed_brackets_and_commas():
    for text in [
        "",
        "   ",
        "[int",
        "int]",
        "[int]]",
        "[[int]",
        "[int,]",
        "[,int]",
        "[int str]",
        "[int,,str]",
        "int, str",
        "[int][str]",
    ]:
        raises_value_error(lambda text=text: parse_type(text), f"parse_type({text!r})")


def test_malformed_names():
    for text in ["T", "Tx", "t1", "Int", "char", "[int, T]", "1", "T1a"]:
        raises_value_error(lambda text=text: parse_type(text), f"parse_type({text!r})")


def test_types_are_values():
    a = parse_type("[int, T1]")
    b = parse_type(" [ int,T1 ] ")
    check(a == b, True, 'parse_type("[int, T1]") == parse_type(" [ int,T1 ] ")')
    check(a != parse_type("[int, T2]"), True, "[int, T1] != [int, T2]")
    check(parse_type("int") == parse_type("[int]"), False, "int == [int]")
    check(parse_type("T1") == parse_type("T1"), True, "T1 == T1")
    check(len({a, b, parse_type("[int,T1]")}), 1, "a set of three equal types")


def test_function_with_no_parameters():
    check(str(Function([], parse_type("int"))), "() -> int", "str(Function([], int))")
    raises_value_error(lambda: Function([], parse_type("T1")), "Function([], T1)")


def test_return_variable_may_come_from_inside_a_tuple():
    fn = Function([parse_type("[int, [T2]]"), parse_type("T5")], parse_type("[T2, T2]"))
    check(str(fn), "([int, [T2]], T5) -> [T2, T2]", "str(fn)")
    raises_value_error(
        lambda: Function([parse_type("[T1, T2]")], parse_type("[T1, [T3]]")),
        "Function([[T1, T2]], [T1, [T3]]) (T3 is in no parameter)",
    )


def test_whitespace_is_dropped_before_tokens():
    assert str(parse_type("in t")) == "int", "whitespace anywhere is ignored"
    assert str(parse_type(" [ T 1 2 , bool ] ")) == "[T12, bool]"
