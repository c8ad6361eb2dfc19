import numpy as np

from solution import fit_softmax, softmax_loss_grad


def test_example_zero_weights_give_log_c():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(7, 4))
    y = np.array([0, 1, 2, 2, 1, 0, 0])
    loss, dW, db = softmax_loss_grad(np.zeros((4, 3)), np.zeros(3), X, y)
    assert abs(loss - np.log(3)) < 1e-12, f"loss {loss}, want log 3 = {np.log(3):.4f}"
    assert np.asarray(dW).shape == (4, 3) and np.asarray(db).shape == (3,), "dW is (d, C), db is (C,)"


def test_example_three_blobs_reach_full_training_accuracy():
    rng = np.random.default_rng(1)
    centers = np.array([[0.0, 0.0], [4.0, 0.0], [0.0, 4.0]])
    X = np.concatenate([c + 0.5 * rng.normal(size=(30, 2)) for c in centers])
    y = np.repeat(np.arange(3), 30)
    W, b = fit_softmax(X, y, 3)
    pred = (X @ W + b).argmax(1)
    assert (pred == y).mean() == 1.0, f"training accuracy {(pred == y).mean():.3f}, want 1.0"


def test_example_gradient_matches_central_differences():
    rng = np.random.default_rng(2)
    X = rng.normal(size=(12, 5))
    y = rng.integers(0, 4, size=12)
    W = rng.normal(size=(5, 4))
    b = rng.normal(size=4)
    lam = 0.05
    _, dW, db = softmax_loss_grad(W, b, X, y, lam)
    eps = 1e-6
    num_W = np.zeros_like(W)
    for i in np.ndindex(W.shape):
        Wp, Wm = W.copy(), W.copy()
        Wp[i] += eps
        Wm[i] -= eps
        num_W[i] = (softmax_loss_grad(Wp, b, X, y, lam)[0] - softmax_loss_grad(Wm, b, X, y, lam)[0]) / (2 * eps)
    num_b = np.zeros_like(b)
    for i in range(4):
        bp, bm = b.copy(), b.copy()
        bp[i] += eps
        bm[i] -= eps
        num_b[i] = (softmax_loss_grad(W, bp, X, y, lam)[0] - softmax_loss_grad(W, bm, X, y, lam)[0]) / (2 * eps)
    for name, num, ana in (("dW", num_W, dW), ("db", num_b, db)):
        rel = np.abs(num - ana).max() / max(1e-12, np.abs(num).max() + np.abs(ana).max())
        assert rel < 1e-7, f"{name} relative error {rel:.2e}"
