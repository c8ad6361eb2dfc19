from solution import merge_logs


def test_example_1_three_files():
    got = merge_logs([[1, 4, 9], [2, 3, 10], [5]])
    assert got == [1, 2, 3, 4, 5, 9, 10], f"got {got}"


def test_example_2_empty_files_and_repeats():
    assert merge_logs([[], [7, 7], []]) == [7, 7]


def test_example_3_no_files():
    assert merge_logs([]) == []
