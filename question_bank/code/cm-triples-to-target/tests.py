from solution import triples


def check(got, want):
    """`got` holds exactly the triples of `want`, each once and in non-decreasing order."""
    assert isinstance(got, list), f"expected a list, got {type(got).__name__}"
    for t in got:
        assert len(t) == 3 and t[0] <= t[1] <= t[2], f"{t} is not a sorted triple"
    keys = [tuple(t) for t in got]
    assert len(keys) == len(set(keys)), f"a triple is repeated: {sorted(keys)}"
    assert sorted(keys) == sorted(tuple(t) for t in want), f"got {sorted(keys)}, want {want}"


def test_example_1_four_triples():
    got = triples([2, -1, 0, 3, -1, 1, -2], 1)
    check(got, [[-2, 0, 3], [-2, 1, 2], [-1, -1, 3], [-1, 0, 2]])


def test_example_2_no_triple():
    check(triples([1, 1, 1], 4), [])


def test_example_3_repeated_value_reported_once():
    check(triples([0, 0, 0, 0], 0), [[0, 0, 0]])
