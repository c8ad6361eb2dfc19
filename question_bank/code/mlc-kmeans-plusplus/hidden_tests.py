import numpy as np

from solution import kmeans


def check_finite(centers, labels, inertia, n, k):
    centers, labels = np.asarray(centers), np.asarray(labels)
    assert centers.shape[0] == k, f"{centers.shape[0]} centers, want {k}"
    assert np.isfinite(centers).all(), "centers contain NaN or inf"
    assert np.isfinite(inertia), f"inertia is {inertia}"
    assert labels.shape == (n,) and labels.min() >= 0 and labels.max() < k, "labels out of range"


def test_fewer_distinct_points_than_k():
    X = np.repeat(np.array([[0.0, 0.0], [1.0, 1.0], [4.0, 0.0]]), 10, axis=0)  # 3 distinct, n = 30
    centers, labels, inertia = kmeans(X, 5)
    check_finite(centers, labels, inertia, 30, 5)
    assert abs(inertia) < 1e-9, f"inertia {inertia}: every point can sit on a center"


def test_all_points_identical():
    X = np.full((12, 3), 7.5)
    centers, labels, inertia = kmeans(X, 4)
    check_finite(centers, labels, inertia, 12, 4)
    assert abs(inertia) < 1e-9, f"inertia {inertia}, want 0"


def test_k_equal_n_puts_a_center_on_every_point():
    # k-means++ never re-picks a chosen point (its distance is 0), so inertia is exactly 0
    rng = np.random.default_rng(2)
    X = rng.normal(size=(9, 2))
    centers, labels, inertia = kmeans(X, 9)
    check_finite(centers, labels, inertia, 9, 9)
    assert abs(inertia) < 1e-9, f"inertia {inertia}, want 0 with one center per point"
    assert len(set(np.asarray(labels).tolist())) == 9, "every point should have its own center"


def test_seeding_picks_an_isolated_point():
    # k-means++ samples by squared distance, so the far point becomes a center on every seed
    # (uniform seeding would almost always put both centers in the big cluster)
    rng = np.random.default_rng(7)
    X = np.concatenate([0.1 * rng.normal(size=(200, 2)), [[100.0, 100.0]]])
    for seed in range(10):
        centers, labels, inertia = kmeans(X, 2, n_iter=1, seed=seed)
        assert inertia < 50.0, f"seed {seed}: inertia {inertia:.0f}, the isolated point has no center of its own"


def test_k_one_is_the_mean():
    rng = np.random.default_rng(3)
    X = rng.normal(size=(40, 3)) * [1.0, 10.0, 0.1] + [5.0, -2.0, 0.0]
    centers, labels, inertia = kmeans(X, 1)
    assert np.allclose(np.asarray(centers)[0], X.mean(0), atol=1e-9), "the single center must be the mean"
    want = ((X - X.mean(0)) ** 2).sum()
    assert abs(inertia - want) < 1e-8 * want, f"inertia {inertia}, want {want}"
    assert (np.asarray(labels) == 0).all()


def test_same_seed_same_result():
    rng = np.random.default_rng(4)
    X = rng.normal(size=(200, 4))
    a = kmeans(X, 6, seed=11)
    b = kmeans(X, 6, seed=11)
    assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1]) and a[2] == b[2], (
        "two runs with the same seed must give the same result"
    )


def test_tol_stops_early_and_result_is_consistent():
    rng = np.random.default_rng(5)
    X = np.concatenate([rng.normal(size=(100, 2)) + c for c in ([0, 0], [20, 0], [0, 20], [20, 20])])
    centers, labels, inertia = kmeans(X, 4, n_iter=1000, tol=1e-12)
    d2 = ((X[:, None, :] - np.asarray(centers)[None]) ** 2).sum(-1)
    assert np.array_equal(np.asarray(labels), d2.argmin(1)), "labels must match the returned centers"
    # at convergence every center is the mean of its points
    for j in range(4):
        pts = X[np.asarray(labels) == j]
        assert len(pts) > 0 and np.allclose(np.asarray(centers)[j], pts.mean(0), atol=1e-6), (
            f"center {j} is not the mean of its cluster after convergence"
        )


def test_large_input_is_vectorized():
    # 20,000 points, 20 iterations: a Python loop over points would not finish in time
    rng = np.random.default_rng(6)
    true = rng.normal(scale=20.0, size=(8, 5))
    X = true[rng.integers(0, 8, size=20_000)] + rng.normal(size=(20_000, 5))
    centers, labels, inertia = kmeans(X, 8, n_iter=20)
    check_finite(centers, labels, inertia, 20_000, 8)
    assert inertia < 2.0 * 5 * 20_000, f"inertia {inertia:.0f} is far above the noise level"
