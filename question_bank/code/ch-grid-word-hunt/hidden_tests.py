from solution import find_words


def check(board, words, want):
    got = find_words([row[:] for row in board], list(words))
    assert len(got) == len(set(got)), "a word is reported twice"
    if len(words) <= 20:
        assert sorted(got) == sorted(want), f"got {sorted(got)}, want {sorted(want)}"
    else:
        extra, missing = set(got) - set(want), set(want) - set(got)
        assert not extra and not missing, (
            f"found {sorted(extra)[:5]} that cannot be traced; missed {sorted(missing)[:5]}"
        )


def test_one_cell_board():
    check([["q"]], ["q", "qq", "a"], ["q"])


def test_cell_is_not_reused_within_a_word():
    check([["a", "b"]], ["aba", "ab", "ba"], ["ab", "ba"])
    check([["a", "b", "a"]], ["aba", "abab"], ["aba"])


def test_word_found_along_several_paths_is_reported_once():
    check([["e", "e"], ["e", "e"]], ["ee", "eee", "eeee", "eeeee"], ["ee", "eee", "eeee"])


def test_word_and_its_prefixes():
    board = [["c", "a", "t"], ["x", "x", "s"]]
    check(board, ["c", "ca", "cat", "cats", "catsx", "cast"], ["c", "ca", "cat", "cats", "catsx"])


def test_path_may_turn_back_on_itself():
    board = [["a", "b", "c"], ["f", "e", "d"], ["g", "h", "i"]]
    check(
        board,
        ["abcdefghi", "abcdefgh", "ihgfedcba", "adg", "aei"],
        ["abcdefghi", "abcdefgh", "ihgfedcba"],
    )


def test_many_words_share_one_search():
    # a 12 x 12 board: eleven rows of 'a' over the row "bcdefghijklm", and 3 * 10^4 words.
    # Most start with 'aaaa', step down into the bottom row, then ask for a letter that is not
    # next to it. Searching the board once per word would not finish in time.
    bottom = "bcdefghijklm"
    board = [["a"] * 12 for _ in range(11)] + [list(bottom)]
    found = ["a", "aa", "aaaab", "aaaabc", "aaaaaaaaaa", "bcd", "mlkj", "baac", "ab", "ma"]
    not_found = ["bb", "bab", "bac", "aaaabd", "mlkjm"]
    letters = "a" + bottom
    words = set(found + not_found)
    for i in range(30_000 - len(words)):
        j = i % 12  # the bottom-row letter reached from the a's
        k = (j + 2 + i // 12 % 9) % 12  # a bottom-row letter not next to it
        t = i // 108
        tail = "".join(letters[t // 13**e % 13] for e in range(4))
        words.add("aaaa" + bottom[j] + bottom[k] + tail)
    check(board, sorted(words), found)
