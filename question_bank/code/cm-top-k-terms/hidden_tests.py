import random
import string

from solution import top_k


def test_single_term():
    assert top_k(["solo"], 1) == ["solo"]


def test_frequency_beats_alphabet():
    # "zz" sorts last but is the most frequent
    words = ["zz", "aa", "zz", "mm", "zz", "mm"]
    got = top_k(words, 3)
    assert got == ["zz", "mm", "aa"], f"got {got}, want ['zz', 'mm', 'aa']"


def test_tie_at_the_cut_keeps_the_alphabetically_first():
    # four terms tie with 2 each; only the first two alphabetically make the cut
    words = ["dog", "cat", "emu", "ant", "dog", "cat", "emu", "ant", "yak", "yak", "yak"]
    got = top_k(words, 3)
    assert got == ["yak", "ant", "cat"], f"got {got}, want ['yak', 'ant', 'cat']"


def test_k_one_with_tied_leaders():
    got = top_k(["pear", "lime", "pear", "lime", "apple"], 1)
    assert got == ["lime"], f"got {got}, want ['lime']"


def test_prefix_terms_sort_before_longer_ones():
    # "ab" < "abc" alphabetically; both appear twice
    got = top_k(["abc", "ab", "abc", "ab", "b"], 2)
    assert got == ["ab", "abc"], f"got {got}, want ['ab', 'abc']"


def _term(i):
    """A distinct 4-letter term for each i < 26**4 (digits of i in base 26)."""
    letters = []
    for _ in range(4):
        i, d = divmod(i, 26)
        letters.append(string.ascii_lowercase[d])
    return "".join(letters)


def test_large_input_many_distinct_terms():
    # 10^5 words, 89,955 of them distinct: counting with words.count(term) per term would take
    # billions of steps. Terms "hot0".."hot9" get 1000 + i copies each; the rest appear once.
    words = []
    for i in range(10):
        words += [f"hot{i}"] * (1000 + i)
    words += [_term(i) for i in range(100_000 - len(words))]
    random.Random(0).shuffle(words)
    got = top_k(words, 12)
    want = [f"hot{i}" for i in range(9, -1, -1)] + ["aaaa", "aaab"]
    assert got == want, f"got {got}, want {want}"
