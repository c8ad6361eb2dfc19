from solution import find_words


def check(board, words, want):
    got = find_words([row[:] for row in board], list(words))
    assert len(got) == len(set(got)), f"a word is reported twice: {sorted(got)}"
    assert sorted(got) == sorted(want), f"got {sorted(got)}, want {sorted(want)}"


def test_example_1_four_of_seven_words():
    board = [["s", "t", "a", "r"], ["p", "o", "n", "e"], ["a", "t", "e", "d"]]
    words = ["star", "stone", "note", "dent", "spot", "stoop", "seat"]
    check(board, words, ["star", "stone", "note", "spot"])


def test_example_2_no_diagonal_moves():
    check([["a", "b"], ["c", "d"]], ["abdc", "abcd", "ab"], ["abdc", "ab"])
