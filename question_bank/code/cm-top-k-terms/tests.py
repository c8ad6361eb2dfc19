from solution import top_k

WORDS = ["apple", "kiwi", "apple", "fig", "kiwi", "apple", "fig", "date"]


def test_example_1_tie_broken_alphabetically():
    got = top_k(list(WORDS), 2)
    assert got == ["apple", "fig"], f"got {got}, want ['apple', 'fig']"


def test_example_2_all_counts_in_order():
    got = top_k(list(WORDS), 4)
    assert got == ["apple", "fig", "kiwi", "date"], f"got {got}"


def test_example_3_all_equal_counts_sorted():
    got = top_k(["b", "a", "c"], 3)
    assert got == ["a", "b", "c"], f"got {got}, want ['a', 'b', 'c']"
