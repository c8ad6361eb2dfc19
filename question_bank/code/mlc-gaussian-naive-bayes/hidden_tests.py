import numpy as np

from solution import GaussianNB


def logsumexp_rows(a):
    m = a.max(1, keepdims=True)
    return (m + np.log(np.exp(a - m).sum(1, keepdims=True)))[:, 0]


def reference_log_proba(X, y, Xq, var_smoothing=1e-9):
    classes = np.unique(y)
    eps = var_smoothing * X.var(0).max()
    out = []
    for c in classes:
        Xc = X[y == c]
        mu, var = Xc.mean(0), Xc.var(0) + eps
        ll = -0.5 * (np.log(2 * np.pi * var) + (Xq - mu) ** 2 / var).sum(1)
        out.append(ll + np.log(len(Xc) / len(X)))
    jll = np.stack(out, 1)
    return jll - logsumexp_rows(jll)[:, None]


def test_fit_returns_self():
    m = GaussianNB()
    assert m.fit(np.array([[0.0], [1.0], [5.0]]), np.array([0, 0, 1])) is m, "fit must return self"


def test_log_proba_matches_the_formula_with_unequal_priors():
    rng = np.random.default_rng(0)
    X = np.concatenate([rng.normal(0, 1, (20, 3)), rng.normal(2, 0.5, (5, 3)), rng.normal(-1, 2, (10, 3))])
    y = np.array([7] * 20 + [3] * 5 + [11] * 10)
    Xq = rng.normal(0, 2, (8, 3))
    got = np.asarray(GaussianNB().fit(X, y).predict_log_proba(Xq))
    want = reference_log_proba(X, y, Xq)
    assert got.shape == (8, 3), f"shape {got.shape}, want (8, 3)"
    assert np.allclose(got, want, atol=1e-8), f"max difference {np.abs(got - want).max():.2e}"
    assert np.allclose(logsumexp_rows(got), 0.0, atol=1e-10), "rows must logsumexp to 0"


def test_prior_decides_between_identical_likelihoods():
    # both classes have the same mean and variance; class 5 has 3 times the rows
    X = np.array([[-1.0], [1.0], [-1.0], [1.0], [-1.0], [1.0], [-1.0], [1.0]])
    y = np.array([5, 5, 5, 5, 5, 5, 2, 2])
    m = GaussianNB().fit(X, y)
    assert list(m.predict(np.array([[0.3], [-7.0]]))) == [5, 5], "the larger prior must win"
    lp = m.predict_log_proba(np.array([[0.0]]))
    assert np.allclose(lp, np.log([[0.25, 0.75]]), atol=1e-9), f"got {lp}, want log([0.25, 0.75])"


def test_feature_constant_within_a_class():
    X = np.array([[1.0, 3.0], [1.0, 4.0], [1.0, 5.0], [2.0, 3.0], [3.0, 4.0], [4.0, 5.0]])
    y = np.array([0, 0, 0, 1, 1, 1])  # feature 0 is constant (1.0) in class 0
    with np.errstate(divide="raise", invalid="raise"):
        m = GaussianNB().fit(X, y)
        lp = m.predict_log_proba(np.array([[1.0, 4.0], [3.0, 4.0]]))
    assert np.isfinite(lp).all(), f"got {lp}"
    assert list(m.predict(np.array([[1.0, 4.0], [3.0, 4.0]]))) == [0, 1]


def test_var_smoothing_is_scaled_by_the_largest_feature_variance():
    X = np.array([[0.0, 0.0], [0.0, 10.0], [1.0, 0.0], [1.0, 10.0]])
    y = np.array([0, 0, 1, 1])  # feature 0 is constant inside each class
    Xq = np.array([[0.5, 5.0], [0.1, 3.0]])
    got = GaussianNB(var_smoothing=0.01).fit(X, y).predict_log_proba(Xq)
    want = reference_log_proba(X, y, Xq, var_smoothing=0.01)
    assert np.allclose(got, want, atol=1e-9), f"got {got}, want {want}"


def test_many_rows_classes_and_features_vectorized():
    rng = np.random.default_rng(1)
    C, d = 20, 50
    means = rng.normal(0, 3, (C, d))
    y = rng.integers(0, C, size=4000)
    X = means[y] + rng.normal(size=(4000, d))
    m = GaussianNB().fit(X, y)
    yq = rng.integers(0, C, size=5000)
    pred = m.predict(means[yq] + rng.normal(size=(5000, d)))
    assert np.asarray(pred).shape == (5000,)
    assert (pred == yq).mean() > 0.99, f"accuracy {(pred == yq).mean():.3f} on well-separated classes"
