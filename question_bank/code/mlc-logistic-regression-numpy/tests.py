import warnings

import numpy as np

from solution import fit_logreg, loss_and_grad, predict_proba


def test_example_1d_fit_is_increasing_and_confident():
    X = np.array([[-2.0], [-1.0], [1.0], [2.0]])
    y = np.array([0.0, 0.0, 1.0, 1.0])
    w, b = fit_logreg(X, y, lam=0.01)
    p = np.asarray(predict_proba(X, w, b))
    assert p.shape == (4,), f"shape {p.shape}, want (4,)"
    assert np.all(np.diff(p) > 0), f"probabilities {p} should increase with x"
    assert p[0] < 0.1 and p[-1] > 0.9, f"probabilities {p}: want < 0.1 first and > 0.9 last"
    assert abs(b) < 1e-3, f"b = {b}: symmetric data should give a bias close to 0"


def test_gradient_matches_central_differences():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(20, 4))
    y = (rng.random(20) < 0.5).astype(float)
    w = rng.normal(size=4)
    b = 0.3
    lam = 0.1
    _, dw, db = loss_and_grad(w, b, X, y, lam)
    eps = 1e-6
    num_w = np.zeros(4)
    for i in range(4):
        e = np.zeros(4)
        e[i] = eps
        num_w[i] = (loss_and_grad(w + e, b, X, y, lam)[0] - loss_and_grad(w - e, b, X, y, lam)[0]) / (2 * eps)
    num_b = (loss_and_grad(w, b + eps, X, y, lam)[0] - loss_and_grad(w, b - eps, X, y, lam)[0]) / (2 * eps)
    rel_w = np.abs(num_w - dw).max() / max(1e-12, np.abs(num_w).max() + np.abs(dw).max())
    rel_b = abs(num_b - db) / max(1e-12, abs(num_b) + abs(db))
    assert rel_w < 1e-7, f"dw relative error {rel_w:.2e}: analytic {dw}, numeric {num_w}"
    assert rel_b < 1e-7, f"db relative error {rel_b:.2e}: analytic {db}, numeric {num_b}"


def test_extreme_logits_without_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(over="raise", divide="raise", invalid="raise"):
            p = predict_proba(np.array([[-1000.0], [1000.0]]), np.array([1.0]), 0.0)
    assert np.allclose(p, [0.0, 1.0], atol=1e-12), f"got {p}, want [0, 1]"
