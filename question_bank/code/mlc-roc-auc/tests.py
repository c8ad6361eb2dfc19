import numpy as np

from solution import roc_auc


def pair_count(y, s):
    y, s = np.asarray(y), np.asarray(s, float)
    P, Nn = s[y == 1], s[y == 0]
    wins = sum((p > n) + 0.5 * (p == n) for p in P for n in Nn)
    return wins / (len(P) * len(Nn))


def test_example_no_ties():
    got = roc_auc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])
    assert abs(got - 0.75) < 1e-12, f"got {got}, want 0.75"


def test_example_one_tied_pair_counts_half():
    got = roc_auc([0, 1, 0, 1], [0.5, 0.5, 0.2, 0.9])
    assert abs(got - 0.875) < 1e-12, f"got {got}, want 0.875"


def test_example_all_scores_tied():
    got = roc_auc([1, 1, 0, 0], [1.0, 1.0, 1.0, 1.0])
    assert abs(got - 0.5) < 1e-12, f"got {got}, want 0.5"


def test_matches_pair_count_with_heavy_ties():
    rng = np.random.default_rng(0)
    for trial in range(10):
        n = int(rng.integers(2, 60))
        y = rng.integers(0, 2, size=n)
        y[0], y[1] = 0, 1
        s = np.round(rng.random(n), 1)  # about 11 distinct values
        got, want = roc_auc(y, s), pair_count(y, s)
        assert abs(got - want) < 1e-12, f"trial {trial}: got {got}, want {want}"
