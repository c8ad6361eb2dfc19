from solution import first_error


def test_empty_and_no_brackets_are_balanced():
    assert first_error("") == -1
    assert first_error("plain text, no brackets!") == -1


def test_leftmost_unclosed_opener_not_the_last():
    # openers at 0 and 3 stay open: the answer is the bottom of the stack
    assert first_error("(()(") == 0
    assert first_error("a(b[c") == 1


def test_crossed_kinds_caught_even_when_counts_match():
    # one of each kind opens and closes, but they cross
    assert first_error("([)]") == 2


def test_mismatch_beats_earlier_unclosed_opener():
    # "{" at 0 is never closed, but the "]" at 2 is met first in the scan
    assert first_error("{(]") == 2


def test_stray_closer_after_balanced_part():
    assert first_error("()]") == 2
    assert first_error("{}[]()}") == 6


def test_large_input_is_linear():
    n = 50_000
    deep = "(" * n + ")" * n
    assert first_error(deep) == -1
    assert first_error("[" + "({})" * 24_999 + "}") == 99_997
    assert first_error("{" * n + "}" * (n - 1)) == 0
