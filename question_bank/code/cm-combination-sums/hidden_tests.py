from solution import combos


def _canon(got):
    """The combinations as a sorted list of lists; each combination keeps its own order."""
    return sorted(list(c) for c in got)


def test_candidate_equal_to_target():
    got = _canon(combos([5], 5))
    assert got == [[5]], f"got {got}, want [[5]]"


def test_target_below_every_candidate():
    got = _canon(combos([2, 3], 1))
    assert got == [], f"got {got}, want []"


def test_unsorted_candidates_give_non_decreasing_combinations():
    got = _canon(combos([5, 2, 3], 8))
    want = [[2, 2, 2, 2], [2, 3, 3], [3, 5]]
    assert got == want, f"got {got}, want {want} (each combination in non-decreasing order)"


def test_no_duplicate_orderings():
    # [2, 2, 3], [2, 3, 2] and [3, 2, 2] are one combination
    got = _canon(combos([3, 2], 7))
    assert got == [[2, 2, 3]], f"got {got}, want [[2, 2, 3]]"


def test_repeated_path_results_are_independent():
    # each combination must be its own list, not a view of a shared path
    got = combos([2, 4], 8)
    assert _canon(got) == [[2, 2, 2, 2], [2, 2, 4], [4, 4]], f"got {got}"


def _count(candidates, target):
    ways = [1] + [0] * target
    for c in candidates:
        for x in range(c, target + 1):
            ways[x] += ways[x - c]
    return ways[target]


def test_large_all_candidates_target_40():
    # 30 candidates 2..31 and target 40: a few thousand combinations (counted here with a
    # small DP), but tens of millions of ordered sequences, so generating orderings and
    # removing duplicates afterwards does not finish
    candidates = list(range(31, 1, -1))
    got = combos(candidates, 40)
    allowed = set(candidates)
    for c in got:
        c = list(c)
        assert sum(c) == 40, f"{c} does not add up to 40"
        assert c == sorted(c), f"{c} is not in non-decreasing order"
        assert set(c) <= allowed, f"{c} uses a number that is not a candidate"
    distinct = {tuple(c) for c in got}
    assert len(distinct) == len(got), "some combination appears twice"
    want = _count(candidates, 40)
    assert len(got) == want, f"got {len(got)} combinations, want {want}"
