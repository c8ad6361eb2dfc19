from solution import combos


def _canon(got):
    """The combinations as a sorted list of lists; each combination keeps its own order."""
    return sorted(list(c) for c in got)


def test_example_1_two_combinations():
    got = _canon(combos([3, 4, 5], 11))
    assert got == [[3, 3, 5], [3, 4, 4]], f"got {got}, want [[3, 3, 5], [3, 4, 4]]"


def test_example_2_reuse_a_candidate():
    got = _canon(combos([2, 3], 6))
    assert got == [[2, 2, 2], [3, 3]], f"got {got}, want [[2, 2, 2], [3, 3]]"


def test_example_3_no_combination():
    got = _canon(combos([7], 3))
    assert got == [], f"got {got}, want []"
