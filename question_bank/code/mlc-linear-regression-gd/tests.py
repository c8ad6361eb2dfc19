import numpy as np

from solution import fit_linreg_gd


def test_example_line_3x_plus_2():
    X = np.array([[0.0], [1.0], [2.0], [3.0]])
    y = 3 * X[:, 0] + 2
    w, b, _ = fit_linreg_gd(X, y)
    assert np.asarray(w).shape == (1,), f"w shape {np.asarray(w).shape}, want (1,)"
    assert abs(w[0] - 3.0) < 1e-6 and abs(b - 2.0) < 1e-6, f"got w={w}, b={b}, want [3.], 2.0"


def mixed_scale_data(seed=0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(200, 4)) * np.array([1000.0, 0.01, 1.0, 50.0]) + np.array([5000.0, 0.0, -3.0, 10.0])
    w_true = np.array([0.002, 300.0, -1.5, 0.04])
    y = X @ w_true + 7.0
    return X, y


def test_matches_lstsq_on_mixed_feature_scales():
    X, y = mixed_scale_data()
    w, b, _ = fit_linreg_gd(X, y)
    A = np.hstack([X, np.ones((len(X), 1))])
    sol = np.linalg.lstsq(A, y, rcond=None)[0]
    assert np.allclose(w, sol[:-1], rtol=1e-6, atol=1e-6), f"w {w}, want {sol[:-1]}"
    assert abs(b - sol[-1]) < 1e-6, f"b {b}, want {sol[-1]}"


def test_loss_history_is_non_increasing():
    X, y = mixed_scale_data(1)
    _, _, losses = fit_linreg_gd(X, y)
    losses = np.asarray(losses, dtype=float)
    assert losses.size > 0 and np.isfinite(losses).all(), "loss history must be finite and non-empty"
    rises = np.flatnonzero(losses[1:] > losses[:-1] * (1 + 1e-12) + 1e-15)
    assert rises.size == 0, f"loss rose at step {rises[0] + 1}: {losses[rises[0]]} -> {losses[rises[0] + 1]}"
    assert losses[-1] < 1e-10 * losses[0], f"final loss {losses[-1]} did not fall near 0 from {losses[0]}"
