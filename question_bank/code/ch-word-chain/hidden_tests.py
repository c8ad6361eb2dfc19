import itertools
import random
from string import ascii_lowercase

from solution import chain_length


def check(start, end, words, want):
    got = chain_length(start, end, words)
    shown = words if len(words) <= 10 else f"<{len(words)} words>"
    assert got == want, f"chain_length({start!r}, {end!r}, {shown}): got {got}, want {want}"


def test_single_letter_words_are_one_step_apart():
    check("a", "c", ["b", "c"], 2)


def test_end_in_words_but_unreachable():
    check("hot", "dog", ["hat", "cat", "dog"], 0)


def test_start_in_words_is_counted_once():
    check("lost", "cost", ["lost", "cost"], 2)
    check("lost", "most", ["most", "lost", "cost"], 2)


def test_shortest_of_several_chains():
    # aaa, baa, bba, bbb, bbc, bcc, ccc is a chain too, but aaa, aca, acc, ccc is shorter
    words = ["baa", "bba", "bbb", "bbc", "bcc", "ccc", "aca", "acc"]
    check("aaa", "ccc", words, 4)


def test_every_letter_of_the_alphabet_can_be_used():
    check("za", "zz", ["zy", "az", "zz"], 2)
    check("aa", "zz", ["az", "zz"], 3)


def test_long_chain_among_many_words():
    # a 251-word corridor aaaaaaaaaa, baaaaaaaaa, ..., zzzzzzzzzz (each word has at most two
    # letters) plus 4,749 words of at least four different letters, so two letters or more away
    # from every corridor word: a slow neighbour search would not finish in time
    path = []
    for a, b in itertools.pairwise(ascii_lowercase):
        for i in range(10):
            path.append(b * i + a * (10 - i))
    path.append("z" * 10)
    rng = random.Random(0)
    filler = set()
    while len(filler) < 4_749:
        w = "".join(rng.choice(ascii_lowercase) for _ in range(10))
        if len(set(w)) >= 4:
            filler.add(w)
    words = sorted(filler | set(path))
    check("a" * 10, "z" * 10, words, 251)


def test_large_dense_graph_with_unreachable_end():
    # 4,999 words over 'abcdef' (one big connected cluster) and an end nobody can reach
    cluster = ["".join(p) for p in itertools.product("abcdef", repeat=5)]
    random.Random(1).shuffle(cluster)
    words = [*cluster[:4_999], "zzzzz"]
    check(words[0], "zzzzz", words, 0)
