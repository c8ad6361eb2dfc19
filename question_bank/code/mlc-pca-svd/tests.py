import numpy as np

from solution import inverse_transform, pca, transform


def correlated_data(seed=0, N=200, d=5):
    rng = np.random.default_rng(seed)
    A = rng.normal(size=(d, d)) * np.array([5.0, 3.0, 2.0, 1.0, 0.5])[:d, None]
    return rng.normal(size=(N, d)) @ A + rng.normal(size=d) * 10


def test_example_points_on_the_diagonal():
    mean, comps, var, ratio = pca(np.array([[0, 0], [1, 1], [2, 2], [3, 3.0]]), 1)
    assert np.allclose(mean, [1.5, 1.5]), f"mean {mean}"
    assert np.allclose(comps, [[0.70710678, 0.70710678]], atol=1e-6), f"components {comps}"
    assert np.allclose(var, [10 / 3], atol=1e-9), f"explained_variance {var}, want [3.3333]"
    assert np.allclose(ratio, [1.0], atol=1e-12), f"ratio {ratio}, want [1.0]"


def test_explained_variance_equals_top_covariance_eigenvalues():
    X = correlated_data()
    _, _, var, _ = pca(X, 3)
    eig = np.sort(np.linalg.eigvalsh(np.cov(X.T)))[::-1][:3]
    assert np.allclose(var, eig, rtol=1e-9), f"explained_variance {var}, want {eig}"


def test_projection_has_diagonal_covariance():
    X = correlated_data(1)
    mean, comps, var, _ = pca(X, 4)
    Z = transform(X, mean, comps)
    cov = np.cov(np.asarray(Z).T)
    off = cov - np.diag(np.diag(cov))
    assert np.abs(off).max() < 1e-8 * np.abs(cov).max(), f"off-diagonal covariance {np.abs(off).max():.2e}"
    assert np.allclose(np.diag(cov), var, rtol=1e-9), "diagonal must equal the explained variances"


def test_full_rank_round_trip_reconstructs():
    X = correlated_data(2)
    mean, comps, _, _ = pca(X, 5)
    back = inverse_transform(transform(X, mean, comps), mean, comps)
    assert np.abs(back - X).max() < 1e-10, f"max reconstruction error {np.abs(back - X).max():.2e}"
