import warnings

import numpy as np

from solution import fit_softmax, softmax_loss_grad


def test_huge_logits_are_finite_and_exact():
    X = np.eye(3)
    W = np.array([[1000.0, 0.0, -1000.0]] * 3)  # every row's logits are [1000, 0, -1000]
    b = np.zeros(3)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(over="raise", divide="raise", invalid="raise"):
            loss, dW, db = softmax_loss_grad(W, b, X, np.array([0, 1, 2]))
    # losses per row: ~0, 1000, 2000
    assert abs(loss - 1000.0) < 1e-6, f"loss {loss}, want 1000"
    assert np.isfinite(dW).all() and np.isfinite(db).all(), "gradients must be finite"


def test_bias_gradient_sums_to_zero_and_regularizer_spares_b():
    rng = np.random.default_rng(3)
    X = rng.normal(size=(9, 3))
    y = rng.integers(0, 5, size=9)
    W = rng.normal(size=(3, 5))
    b = rng.normal(size=5)
    l0, dW0, db0 = softmax_loss_grad(W, b, X, y, 0.0)
    l1, dW1, db1 = softmax_loss_grad(W, b, X, y, 0.2)
    assert abs(np.sum(db0)) < 1e-12, "each row of P - Y sums to 0, so db must sum to 0"
    assert abs((l1 - l0) - 0.1 * (W * W).sum()) < 1e-12, "penalty must be 0.5 * lam * ||W||_F^2"
    assert np.allclose(dW1 - dW0, 0.2 * W, atol=1e-12), "penalty gradient must be lam * W"
    assert np.allclose(db1, db0, atol=1e-12), "b must not be regularized"


def test_shift_invariance_of_the_loss():
    rng = np.random.default_rng(4)
    X = rng.normal(size=(6, 2))
    y = rng.integers(0, 3, size=6)
    W = rng.normal(size=(2, 3))
    b = rng.normal(size=3)
    l0 = softmax_loss_grad(W, b, X, y)[0]
    l1 = softmax_loss_grad(W, b + 500.0, X, y)[0]  # same shift added to every class logit
    assert abs(l0 - l1) < 1e-9, f"adding a constant to every logit changed the loss: {l0} vs {l1}"


def test_single_example_exact_value():
    X = np.array([[1.0, 2.0]])
    W = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
    b = np.array([0.0, 0.0, 1.0])
    z = np.array([1.0, 2.0, 1.0])
    loss, dW, db = softmax_loss_grad(W, b, X, np.array([1]))
    p = np.exp(z) / np.exp(z).sum()
    assert abs(loss + np.log(p[1])) < 1e-12, f"loss {loss}, want {-np.log(p[1])}"
    want_db = p - np.array([0.0, 1.0, 0.0])
    assert np.allclose(db, want_db, atol=1e-12), f"db {db}, want {want_db}"
    assert np.allclose(dW, np.outer(X[0], want_db), atol=1e-12), "dW must be X^T (P - Y) / N"


def test_classes_absent_from_y_and_fit_shapes():
    rng = np.random.default_rng(5)
    X = rng.normal(size=(20, 3))
    y = np.where(X[:, 0] > 0, 4, 1)  # only classes 1 and 4 of C = 6
    W, b = fit_softmax(X, y, 6, n_steps=300)
    assert np.asarray(W).shape == (3, 6) and np.asarray(b).shape == (6,), "shapes (d, C) and (C,)"
    pred = (X @ W + b).argmax(1)
    assert set(pred.tolist()) <= {1, 4}, f"predicted classes never seen: {set(pred.tolist())}"
    assert (pred == y).mean() >= 0.95, f"training accuracy {(pred == y).mean():.2f}"


def test_large_batch_is_vectorized():
    # 10,000 rows x 10 classes x 50 steps: loops over examples would not finish in time
    rng = np.random.default_rng(6)
    centers = 6.0 * rng.normal(size=(10, 8))
    y = rng.integers(0, 10, size=10_000)
    X = centers[y] + rng.normal(size=(10_000, 8))
    W, b = fit_softmax(X, y, 10, lr=0.1, n_steps=50)
    acc = ((X @ W + b).argmax(1) == y).mean()
    assert acc > 0.9, f"training accuracy {acc:.3f} on well-separated classes"
