from solution import PrefixCounter


def run(ops):
    """Apply `ops` to a new PrefixCounter; what each call returned."""
    counter = PrefixCounter()
    return [getattr(counter, name)(arg) for name, arg in ops]


def test_example_1_add_count_remove():
    ops = [
        ["add", "apple"],
        ["add", "app"],
        ["add", "apple"],
        ["count", "app"],
        ["count", "appl"],
        ["remove", "apple"],
        ["count", "ap"],
        ["remove", "banana"],
        ["count", "b"],
    ]
    got = run(ops)
    assert got == [None, None, None, 3, 2, None, 2, None, 0], f"got {got}"


def test_example_2_empty_prefix():
    got = run([["count", ""], ["add", "a"], ["count", ""], ["count", "aa"]])
    assert got == [0, None, 1, 0], f"got {got}"
