from solution import Function, parse_type


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def raises_value_error(make, call):
    try:
        got = make()
    except ValueError:
        return
    raise AssertionError(f"{call}: expected ValueError, got {got!r}")


def test_example_parse_and_print():
    check(
        str(parse_type("[ int,[str ,T1]]")),
        "[int, [str, T1]]",
        'str(parse_type("[ int,[str ,T1]]"))',
    )
    check(str(parse_type("T7")), "T7", 'str(parse_type("T7"))')


def test_example_malformed_types():
    raises_value_error(lambda: parse_type("[]"), 'parse_type("[]") (empty tuple)')
    raises_value_error(
        lambda: parse_type("[int, char]"), 'parse_type("[int, char]") (unknown name)'
    )


def test_example_functions():
    fn = Function([parse_type("int"), parse_type("T1")], parse_type("[T1, str]"))
    check(str(fn), "(int, T1) -> [T1, str]", "str(Function([int, T1], [T1, str]))")
    raises_value_error(
        lambda: Function([parse_type("int")], parse_type("T1")),
        "Function([int], T1) (T1 is in no parameter)",
    )
