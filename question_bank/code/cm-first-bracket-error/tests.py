from solution import first_error


def test_example_1_balanced_with_text():
    assert first_error("f(a[i]) {x}") == -1


def test_example_2_wrong_closer_kind():
    assert first_error("(a]") == 2


def test_example_3_outer_opener_never_closed():
    assert first_error("{[()]") == 0


def test_example_4_closer_without_opener():
    assert first_error("ok)") == 2
