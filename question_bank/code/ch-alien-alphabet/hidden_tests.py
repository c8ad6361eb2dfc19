import random
from itertools import pairwise
from string import ascii_lowercase

from solution import alien_order


def check_valid(words, got):
    """got holds each letter of words once and puts every word pair in sorted order."""
    shown = words if len(words) <= 10 else f"<{len(words)} words>"
    letters = {ch for w in words for ch in w}
    assert isinstance(got, str), f"returned {type(got).__name__}, want a str"
    assert len(got) == len(set(got)) and set(got) == letters, (
        f"alien_order({shown}) = {got!r}: want each of {''.join(sorted(letters))!r} exactly once"
    )
    rank = {ch: i for i, ch in enumerate(got)}
    for a, b in pairwise(words):
        key_a, key_b = [rank[c] for c in a], [rank[c] for c in b]
        assert key_a <= key_b, f"alien_order({shown}) = {got!r} puts {a!r} after {b!r}"


def test_single_word_uses_all_its_letters():
    words = ["zebra"]
    check_valid(words, alien_order(words))


def test_letters_without_constraints_are_included():
    words = ["xa", "xb", "yz"]
    got = alien_order(words)
    check_valid(words, got)
    assert "z" in got


def test_only_the_first_difference_counts():
    # ca < cb gives a < b; cb < ba gives c < b. The second letters of cb and ba (b, a) must
    # not become a b < a rule, which would make a false cycle.
    words = ["ca", "cb", "ba"]
    check_valid(words, alien_order(words))


def test_prefix_before_longer_word_is_fine():
    words = ["ab", "abc", "b"]
    check_valid(words, alien_order(words))


def test_equal_adjacent_words_are_fine():
    words = ["mn", "mn", "nm"]
    check_valid(words, alien_order(words))


def test_longer_cycle_is_detected():
    # a < b, b < c, c < a
    got = alien_order(["a", "b", "c", "a"])
    assert got == "", f"got {got!r}"
    got = alien_order(["xa", "xb", "yb", "yc", "zc", "za"])
    assert got == "", f"got {got!r}"


def test_prefix_rule_deep_in_the_list():
    got = alien_order(["a", "b", "bcd", "bc", "c"])
    assert got == "", f"got {got!r}"


def test_large_list_is_checked_pair_by_pair():
    # 10^4 words sorted under a shuffled alphabet: comparing every pair of words (O(n^2))
    # would not finish in time
    rng = random.Random(0)
    alphabet = list(ascii_lowercase)
    rng.shuffle(alphabet)
    rank = {ch: i for i, ch in enumerate(alphabet)}
    words = set()
    while len(words) < 10_000:
        words.add("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8))))
    words = sorted(words, key=lambda w: [rank[c] for c in w])
    got = alien_order(words)
    check_valid(words, got)
    assert got == "".join(alphabet), "with 10^4 random words the order is fully determined"
