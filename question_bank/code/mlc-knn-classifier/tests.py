import numpy as np

from solution import knn_predict


def brute_force(X_train, y_train, X_test, k):
    out = []
    for x in X_test:
        dist = [float(np.sum((x - t) ** 2)) for t in X_train]
        nearest = np.argsort(dist, kind="stable")[:k]
        out.append(int(np.bincount(y_train[nearest]).argmax()))
    return np.array(out)


def test_example_two_clusters():
    X_train = np.array([[0, 0], [1, 0], [0, 1], [5, 5], [6, 5]], float)
    y_train = np.array([0, 0, 0, 1, 1])
    got = knn_predict(X_train, y_train, np.array([[0.2, 0.2], [5.5, 5.0]]), k=3)
    assert np.asarray(got).shape == (2,), f"shape {np.asarray(got).shape}, want (2,)"
    assert list(got) == [0, 1], f"got {list(got)}, want [0, 1]"


def test_k1_on_training_set_returns_its_labels():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(60, 4))
    y = rng.integers(0, 4, size=60)
    got = knn_predict(X, y, X, k=1)
    assert np.array_equal(got, y), "k=1 on the training points must return y_train"


def test_matches_brute_force_on_random_data():
    rng = np.random.default_rng(1)
    X_train = rng.normal(size=(80, 5))
    y_train = rng.integers(0, 3, size=80)
    X_test = rng.normal(size=(30, 5))
    for k in (1, 3, 5, 8):
        got = knn_predict(X_train, y_train, X_test, k)
        want = brute_force(X_train, y_train, X_test, k)
        assert np.array_equal(got, want), f"k={k}: got {got}, want {want}"
