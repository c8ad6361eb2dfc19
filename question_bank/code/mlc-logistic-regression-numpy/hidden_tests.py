import warnings

import numpy as np

from solution import fit_logreg, loss_and_grad, predict_proba


def test_loss_at_zero_weights_is_log_2():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(10, 3))
    y = np.array([0, 1] * 5, dtype=float)
    loss, dw, db = loss_and_grad(np.zeros(3), 0.0, X, y, lam=5.0)
    assert abs(loss - np.log(2)) < 1e-12, f"loss {loss}, want log 2 = {np.log(2)}"
    assert abs(db - (0.5 - y.mean())) < 1e-12, f"db {db}, want mean(0.5 - y)"


def test_regularization_term_and_unregularized_bias():
    rng = np.random.default_rng(2)
    X = rng.normal(size=(15, 3))
    y = (rng.random(15) < 0.4).astype(float)
    w = np.array([1.0, -2.0, 0.5])
    l0, dw0, db0 = loss_and_grad(w, -0.7, X, y, 0.0)
    l1, dw1, db1 = loss_and_grad(w, -0.7, X, y, 0.3)
    assert abs((l1 - l0) - 0.5 * 0.3 * (w @ w)) < 1e-12, f"penalty {l1 - l0}, want 0.5 * lam * ||w||^2"
    assert np.allclose(dw1 - dw0, 0.3 * w, atol=1e-12), "the penalty adds lam * w to dw"
    assert abs(db1 - db0) < 1e-12, "the bias must not be regularized"


def test_loss_is_finite_and_exact_for_huge_logits():
    X = np.array([[1e4], [-1e4], [1e4], [-1e4]])  # logits +/-1000 with w = 0.1
    y = np.array([0.0, 1.0, 1.0, 0.0])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(over="raise", divide="raise", invalid="raise"):
            loss, dw, db = loss_and_grad(np.array([0.1]), 0.0, X, y, 0.0)
    # two examples are wrong by a logit of 1000 (loss 1000 each), two are right (loss ~0)
    assert abs(loss - 500.0) < 1e-9, f"loss {loss}, want 500"
    assert np.isfinite(dw).all() and np.isfinite(db), f"dw={dw}, db={db}"
    assert abs(dw[0] - 1e4 * (1 + 1) / 4) < 1e-6, f"dw {dw}, want [5000]"


def test_predict_proba_symmetry_and_values():
    z = np.array([-30.0, -5.0, -0.5, 0.0, 0.5, 5.0, 30.0])
    p = predict_proba(z[:, None], np.array([1.0]), 0.0)
    assert np.allclose(p, 1.0 / (1.0 + np.exp(-z)), rtol=1e-12, atol=0), f"got {p}"
    assert p[0] > 0, "a logit of -30 has probability ~1e-13, not exactly 0"
    q = predict_proba(z[:, None], np.array([1.0]), 1.0)
    assert np.allclose(q, 1.0 / (1.0 + np.exp(-(z + 1.0))), rtol=1e-12), "the bias must be added to the logits"


def test_fit_reaches_the_regularized_optimum():
    rng = np.random.default_rng(3)
    X = rng.normal(size=(200, 3))
    y = (X @ np.array([1.0, -1.0, 0.5]) + rng.normal(size=200) > 0).astype(float)
    w, b = fit_logreg(X, y, lam=0.1)
    _, dw, db = loss_and_grad(w, b, X, y, 0.1)
    assert np.abs(dw).max() < 1e-8 and abs(db) < 1e-8, f"gradient at the fit is {dw}, {db}: not converged"


def test_large_batch_is_vectorized():
    # 50,000 rows x 50 steps: a Python loop over rows would not finish in time
    rng = np.random.default_rng(4)
    X = rng.normal(size=(50_000, 10))
    y = (X[:, 0] - X[:, 1] > 0).astype(float)
    w, b = fit_logreg(X, y, lr=0.5, n_steps=50)
    acc = ((predict_proba(X, w, b) > 0.5) == (y > 0.5)).mean()
    assert acc > 0.97, f"training accuracy {acc:.3f} on an easy separable problem"
