import time

import numpy as np

from solution import best_split


def test_pure_node_has_no_split():
    X = np.array([[1.0, 5.0], [2.0, 3.0], [3.0, 1.0]])
    got = best_split(X, np.array([2, 2, 2]), 3)
    assert got[0] is None and got[1] is None and got[2] == 0.0, f"got {got}, want (None, None, 0.0)"


def test_equal_gain_prefers_lower_threshold():
    # cuts at 1.5 and 3.5 both gain 1/6; the cut at 2.5 gains 0
    X = np.array([[1.0], [2.0], [3.0], [4.0]])
    f, t, g = best_split(X, np.array([0, 1, 1, 0]), 2)
    assert (f, t) == (0, 1.5) and abs(g - 1 / 6) < 1e-12, f"got {(f, t, g)}, want (0, 1.5, 0.1667)"


def test_equal_gain_prefers_lower_feature():
    col = np.array([4.0, 1.0, 3.0, 2.0])
    X = np.column_stack([col[::-1] * 10, col])  # feature 0 splits as well as feature 1
    y = (X[:, 1] > 2.5).astype(int)
    f, t, g = best_split(X, y, 2)
    assert f == 0 and t == 25.0 and abs(g - 0.5) < 1e-12, f"got {(f, t, g)}, want (0, 25.0, 0.5)"


def test_threshold_is_midpoint_between_distinct_repeated_values():
    X = np.array([[5.0], [1.0], [1.0], [5.0], [1.0]])
    f, t, g = best_split(X, np.array([1, 0, 0, 1, 0]), 2)
    assert (f, t) == (0, 3.0) and abs(g - 0.48) < 1e-12, f"got {(f, t, g)}, want (0, 3.0, 0.48)"
    assert type(f) is int or isinstance(f, np.integer), "feature must be an int"


def test_negative_values_and_an_absent_class():
    X = np.array([[-3.0, 0.0], [-1.0, 0.0], [-2.0, 1.0], [0.5, 1.0]])
    y = np.array([0, 3, 0, 3])  # classes 1 and 2 never occur
    f, t, g = best_split(X, y, 4)
    assert (f, t) == (0, -1.5) and abs(g - 0.5) < 1e-12, f"got {(f, t, g)}, want (0, -1.5, 0.5)"


def test_two_rows():
    f, t, g = best_split(np.array([[0.0], [1.0]]), np.array([1, 0]), 2)
    assert (f, t) == (0, 0.5) and abs(g - 0.5) < 1e-12, f"got {(f, t, g)}"
    got = best_split(np.array([[0.0], [1.0]]), np.array([1, 1]), 2)
    assert got == (None, None, 0.0), f"got {got}"


def test_large_input_is_n_log_n():
    # 100,000 rows x 8 features: an O(N^2) scan per feature would not finish in time
    rng = np.random.default_rng(1)
    X = rng.integers(0, 1000, size=(100_000, 8)).astype(float)
    y = (X[:, 5] > 600).astype(int)
    flip = rng.random(100_000) < 0.1
    y[flip] = 1 - y[flip]
    began = time.perf_counter()
    f, t, g = best_split(X, y, 2)
    took = time.perf_counter() - began
    assert (f, t) == (5, 600.5), f"got {(f, t, g)}, want feature 5 at 600.5"
    assert took < 5.0, f"took {took:.1f} s"
