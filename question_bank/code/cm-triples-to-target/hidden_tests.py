import random
from collections import Counter

from solution import triples


def check(got, want):
    """`got` holds exactly the triples of `want`, each once and in non-decreasing order."""
    assert isinstance(got, list), f"expected a list, got {type(got).__name__}"
    for t in got:
        assert len(t) == 3 and t[0] <= t[1] <= t[2], f"{t} is not a sorted triple"
    keys = [tuple(t) for t in got]
    assert len(keys) == len(set(keys)), f"a triple is repeated: {sorted(keys)}"
    assert sorted(keys) == sorted(tuple(t) for t in want), f"got {sorted(keys)}, want {want}"


def test_minimum_length():
    check(triples([1, 2, 3], 6), [[1, 2, 3]])
    check(triples([1, 2, 3], 7), [])


def test_one_position_is_not_used_twice():
    # 2 + 2 + 2 == 6 needs three 2s; there is only one (then two)
    check(triples([2, 0, 1], 6), [])
    check(triples([2, 2, 5], 6), [])
    check(triples([2, 2, 2], 6), [[2, 2, 2]])


def test_many_duplicates_give_each_triple_once():
    nums = [0] * 50 + [1] * 50 + [-1] * 50
    check(triples(nums, 0), [[-1, 0, 1], [0, 0, 0]])
    check(triples([-1, -1, -1, 2, 2, 2], 0), [[-1, -1, 2]])


def test_negative_target_and_value_bounds():
    big = 10**5
    check(triples([-big, -big, -big, big, big], -3 * big), [[-big, -big, -big]])
    check(triples([-big, big, big, big, 0], 3 * big), [[big, big, big]])
    check(triples([-big, big, big, 0, -big], big), [[-big, big, big]])


def test_large_input_in_quadratic_time():
    # 2000 values: trying every triple of positions does not finish
    rng = random.Random(0)
    nums = [rng.randint(-(10**5), 10**5) for _ in range(2000)]
    target = 12_345
    got = triples(nums, target)
    have = Counter(nums)
    keys = set()
    for t in got:
        a, b, c = t
        assert a <= b <= c and a + b + c == target, f"{t} is not a sorted triple summing to target"
        assert all(have[v] >= m for v, m in Counter(t).items()), f"{t} uses a value too often"
        keys.add((a, b, c))
    assert len(keys) == len(got), "a triple is repeated"
    assert len(got) == 4_842, f"got {len(got)} triples, want 4842"
