from fractions import Fraction

import numpy as np

from solution import best_split


def brute_force(X, y, n_classes):
    """Every threshold of every feature, both sides recounted, exact arithmetic."""
    N, d = X.shape

    def gini(labels):
        if not labels:
            return Fraction(0)
        return 1 - sum(Fraction(labels.count(c), len(labels)) ** 2 for c in range(n_classes))

    ys = [int(v) for v in y]
    parent = gini(ys)
    best = (None, None, Fraction(0))
    for j in range(d):
        values = sorted(set(float(v) for v in X[:, j]))
        for a, b in zip(values, values[1:]):
            t = (a + b) / 2.0
            left = [ys[i] for i in range(N) if X[i, j] <= t]
            right = [ys[i] for i in range(N) if X[i, j] > t]
            gain = parent - (len(left) * gini(left) + len(right) * gini(right)) / N
            if gain > best[2]:
                best = (j, t, gain)
    return best[0], best[1], float(best[2])


def test_example_separable_first_feature():
    X = np.array([[2.0, 1.0], [3.0, 5.0], [10.0, 2.0], [11.0, 4.0]])
    y = np.array([0, 0, 1, 1])
    f, t, g = best_split(X, y, 2)
    assert (f, t) == (0, 6.5) and abs(g - 0.5) < 1e-12, f"got {(f, t, g)}, want (0, 6.5, 0.5)"


def test_example_constant_feature_has_no_split():
    got = best_split(np.array([[1.0], [1.0], [1.0]]), np.array([0, 1, 0]), 2)
    assert got[0] is None and got[1] is None and got[2] == 0.0, f"got {got}, want (None, None, 0.0)"


def test_matches_brute_force_with_heavy_ties():
    rng = np.random.default_rng(0)
    for trial in range(15):
        N = int(rng.integers(2, 25))
        X = rng.integers(0, 4, size=(N, 3)).astype(float)
        y = rng.integers(0, 3, size=N)
        f, t, g = best_split(X, y, 3)
        wf, wt, wg = brute_force(X, y, 3)
        assert (f, t) == (wf, wt) and abs(g - wg) < 1e-9, (
            f"trial {trial}: got {(f, t, g)}, want {(wf, wt, wg)}\nX={X.tolist()}\ny={y.tolist()}"
        )
