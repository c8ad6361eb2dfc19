import random

from solution import encode_word, train_bpe


def replay(word, merges):
    """Apply every merge in training order, each left to right and non-overlapping."""
    parts = list(word)
    for a, b in merges:
        out, i = [], 0
        while i < len(parts):
            if i + 1 < len(parts) and parts[i] == a and parts[i + 1] == b:
                out.append(a + b)
                i += 2
            else:
                out.append(parts[i])
                i += 1
        parts = out
    return parts


def test_encoding_by_rank_equals_replaying_the_merges():
    rng = random.Random(0)
    corpus = " ".join(
        "".join(rng.choice("abcab") for _ in range(rng.randint(1, 9))) for _ in range(300)
    )
    merges, _ = train_bpe(corpus, 40)
    assert len(merges) == 40, f"{len(merges)} merges learned, want 40"
    for _ in range(300):
        word = "".join(rng.choice("abcd") for _ in range(rng.randint(1, 14)))
        got = list(encode_word(word, merges))
        assert got == replay(word, merges), f"{word!r}: {got} != replay {replay(word, merges)}"


def test_pairs_weighted_by_word_frequency():
    # ('x', 'y') occurs 3 times, ('a', 'b') once: frequency beats the lexicographic order
    merges, _ = train_bpe("xy xy xy ab", 1)
    assert [tuple(m) for m in merges] == [("x", "y")], f"got {merges}"
    merges, _ = train_bpe("cd cd cd ab ab ab", 1)  # a tie: the smaller pair wins
    assert [tuple(m) for m in merges] == [("a", "b")], f"got {merges}"


def test_overlapping_pairs_are_all_counted():
    # "aaa" holds two adjacent ('a', 'a') pairs, tying with ('b', 'c') x 2; smaller pair wins
    merges, _ = train_bpe("aaa bc bc", 1)
    assert [tuple(m) for m in merges] == [("a", "a")], f"got {merges}"


def test_merge_is_left_to_right_and_non_overlapping():
    merges = [("a", "a"), ("aa", "aa")]
    assert list(encode_word("aaa", merges)) == ["aa", "a"]
    assert list(encode_word("aaaaa", merges)) == ["aaaa", "a"]
    merges, _ = train_bpe("aaa", 5)
    assert [tuple(m) for m in merges] == [("a", "a"), ("aa", "a")], f"got {merges}"


def test_zero_merges_empty_text_and_any_whitespace():
    merges, vocab = train_bpe("cab  bca", 0)
    assert list(merges) == [] and vocab == {"a": 0, "b": 1, "c": 2}, f"{merges}, {vocab}"
    merges, vocab = train_bpe("", 5)
    assert list(merges) == [] and vocab == {}, f"empty text: {merges}, {vocab}"
    a = train_bpe("ab\n\tab   ab\ncd", 3)
    b = train_bpe("ab ab ab cd", 3)
    assert a == b, f"whitespace of any kind separates words: {a} != {b}"


def test_unknown_characters_and_single_letters():
    merges, _ = train_bpe("low low low lower lowest newest newest wider", 6)
    assert list(encode_word("xlowz", merges)) == ["x", "low", "z"]
    assert list(encode_word("q", merges)) == ["q"]
    assert list(encode_word("", merges)) == []
