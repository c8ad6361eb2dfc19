import numpy as np

from solution import inverse_transform, pca, transform


def test_components_orthonormal_and_sorted():
    rng = np.random.default_rng(3)
    X = rng.normal(size=(100, 6)) * np.array([1.0, 7.0, 0.2, 3.0, 5.0, 0.5])
    _, comps, var, ratio = pca(X, 6)
    comps = np.asarray(comps)
    assert comps.shape == (6, 6)
    assert np.allclose(comps @ comps.T, np.eye(6), atol=1e-10), "components must be orthonormal rows"
    assert np.all(np.diff(var) <= 1e-12), f"variances {var} must be decreasing"
    assert abs(np.sum(ratio) - 1.0) < 1e-12, "with k = d the ratios sum to 1"


def test_sign_convention_largest_entry_positive():
    rng = np.random.default_rng(4)
    for _ in range(5):
        X = rng.normal(size=(50, 4)) @ rng.normal(size=(4, 4))
        _, comps, _, _ = pca(X, 3)
        for row in np.asarray(comps):
            assert row[np.abs(row).argmax()] > 0, f"component {row}: largest-magnitude entry must be positive"
    # the flip is deterministic: negating the data changes nothing
    _, c1, _, _ = pca(X, 3)
    _, c2, _, _ = pca(-X, 3)
    assert np.allclose(c1, c2, atol=1e-10), "pca(-X) must give the same components as pca(X)"


def test_ratio_divides_by_total_variance_not_kept_variance():
    rng = np.random.default_rng(5)
    X = rng.normal(size=(400, 3)) * np.array([3.0, 2.0, 1.0])
    _, _, var, ratio = pca(X, 2)
    total = np.var(X, axis=0, ddof=1).sum()
    assert np.allclose(ratio, np.asarray(var) / total, rtol=1e-10), f"ratio {ratio}, want var / total variance"
    assert np.sum(ratio) < 0.99, "two of three components cannot explain all the variance"


def test_shifted_data_same_components_shifted_mean():
    rng = np.random.default_rng(6)
    X = rng.normal(size=(60, 3)) @ np.array([[2.0, 1.0, 0.0], [0.0, 1.0, 0.5], [0.0, 0.0, 0.3]])
    m1, c1, v1, _ = pca(X, 2)
    m2, c2, v2, _ = pca(X + np.array([1000.0, -500.0, 3.0]), 2)
    assert np.allclose(m2, np.asarray(m1) + [1000.0, -500.0, 3.0], atol=1e-9), "mean must shift with the data"
    assert np.allclose(c1, c2, atol=1e-8) and np.allclose(v1, v2, rtol=1e-8), "PCA must center the data"


def test_wide_data_fewer_rows_than_features():
    rng = np.random.default_rng(7)
    X = rng.normal(size=(6, 20))
    mean, comps, var, ratio = pca(X, 3)
    assert np.asarray(comps).shape == (3, 20) and np.asarray(var).shape == (3,) and np.asarray(ratio).shape == (3,)
    Z = transform(X, mean, comps)
    assert np.asarray(Z).shape == (6, 3)
    assert inverse_transform(Z, mean, comps).shape == (6, 20)
    eig = np.sort(np.linalg.eigvalsh(np.cov(X.T)))[::-1][:3]
    assert np.allclose(var, eig, rtol=1e-8), f"explained_variance {var}, want {eig}"


def test_rank_k_reconstruction_is_projection():
    rng = np.random.default_rng(8)
    X = rng.normal(size=(30, 2)) @ rng.normal(size=(2, 5)) + 4.0  # exactly rank 2 after centering
    mean, comps, _, _ = pca(X, 2)
    back = inverse_transform(transform(X, mean, comps), mean, comps)
    assert np.abs(back - X).max() < 1e-9, "rank-2 data must be reconstructed from 2 components"
