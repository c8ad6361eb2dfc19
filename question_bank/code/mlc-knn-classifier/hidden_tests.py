import time

import numpy as np

from solution import knn_predict


def test_vote_tie_goes_to_smallest_label():
    X_train = np.array([[0.0], [2.0]])
    y_train = np.array([1, 0])
    got = knn_predict(X_train, y_train, np.array([[1.0], [0.4]]), k=2)
    assert list(got) == [0, 0], f"got {list(got)}, want [0, 0] (a 1-1 vote goes to label 0)"
    X_train = np.array([[0.0], [1.0], [10.0], [11.0], [50.0]])
    y_train = np.array([3, 3, 2, 2, 0])
    got = knn_predict(X_train, y_train, np.array([[5.0]]), k=4)
    assert list(got) == [2], f"got {list(got)}, want [2] (2-2 vote between labels 2 and 3)"


def test_k_equal_to_n_votes_over_everything():
    X_train = np.array([[0.0, 0.0], [100.0, 100.0], [101.0, 100.0]])
    y_train = np.array([0, 1, 1])
    got = knn_predict(X_train, y_train, np.array([[0.0, 0.1]]), k=3)
    assert list(got) == [1], f"got {list(got)}, want [1]: with k = N the global majority wins"


def test_result_is_integer_array_of_labels():
    rng = np.random.default_rng(2)
    X = rng.normal(size=(20, 3))
    y = rng.integers(0, 5, size=20)
    got = np.asarray(knn_predict(X, y, rng.normal(size=(7, 3)), k=3))
    assert got.shape == (7,), f"shape {got.shape}, want (7,)"
    assert np.issubdtype(got.dtype, np.integer), f"dtype {got.dtype}, want an integer dtype"
    assert set(got.tolist()) <= set(y.tolist()), "predicted a label that is not in y_train"


def test_labels_with_gaps_and_far_away_points():
    # labels 0 and 4 only (1..3 never occur); coordinates far from the origin
    X_train = np.array([[1e4, -1e4], [1e4 + 1, -1e4], [-3e4, 2e4], [-3e4, 2e4 + 1]])
    y_train = np.array([4, 4, 0, 0])
    X_test = np.array([[1e4 + 0.5, -1e4 + 0.2], [-3e4 + 0.1, 2e4]])
    got = knn_predict(X_train, y_train, X_test, k=2)
    assert list(got) == [4, 0], f"got {list(got)}, want [4, 0]"


def test_high_dimensional_nearest_is_found():
    rng = np.random.default_rng(3)
    X_train = rng.normal(size=(200, 512))
    y_train = np.arange(200) % 7
    X_test = X_train[[5, 77, 150]] + 1e-3 * rng.normal(size=(3, 512))
    got = knn_predict(X_train, y_train, X_test, k=1)
    assert list(got) == [5 % 7, 77 % 7, 150 % 7], f"got {list(got)}"


def test_large_input_is_vectorized():
    # 2,000 x 2,000 distances: a Python loop over pairs would not finish in time
    rng = np.random.default_rng(4)
    centers = rng.normal(scale=10.0, size=(5, 16))
    y_train = rng.integers(0, 5, size=2000)
    X_train = centers[y_train] + rng.normal(size=(2000, 16))
    y_test = rng.integers(0, 5, size=2000)
    X_test = centers[y_test] + rng.normal(size=(2000, 16))
    began = time.perf_counter()
    got = knn_predict(X_train, y_train, X_test, k=15)
    took = time.perf_counter() - began
    assert np.array_equal(got, y_test), f"{int((got != y_test).sum())} well-separated points misclassified"
    assert took < 5.0, f"took {took:.1f} s"
