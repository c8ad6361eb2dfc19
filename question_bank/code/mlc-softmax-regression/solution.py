import numpy as np


def _log_softmax(Z: np.ndarray) -> np.ndarray:
    Z = Z - Z.max(1, keepdims=True)  # shift-invariant, avoids overflow
    return Z - np.log(np.exp(Z).sum(1, keepdims=True))


def softmax_loss_grad(
    W: np.ndarray, b: np.ndarray, X: np.ndarray, y: np.ndarray, lam: float = 0.0
) -> tuple[float, np.ndarray, np.ndarray]:
    """Mean cross-entropy of softmax(X @ W + b) against y, plus 0.5 * lam * ||W||_F^2.

    X (N, d) float, y (N,) int in 0..C-1, W (d, C), b (C,); b is not regularized.
    Returns (loss, dW (d, C), db (C,)). No loops over examples or classes, no (N, C) one-hot
    matrix, finite for logits like [1000, 0, -1000].
    """
    N = X.shape[0]
    rows = np.arange(N)
    logP = _log_softmax(X @ W + b)  # (N, C)
    loss = float(-logP[rows, y].mean() + 0.5 * lam * (W * W).sum())
    dZ = np.exp(logP)  # probabilities
    dZ[rows, y] -= 1.0  # P - Y without building Y
    dZ /= N
    return loss, X.T @ dZ + lam * W, dZ.sum(0)


def fit_softmax(
    X: np.ndarray, y: np.ndarray, C: int, lr: float = 0.5, n_steps: int = 1000, lam: float = 1e-3
) -> tuple[np.ndarray, np.ndarray]:
    """Full-batch gradient descent from W = 0, b = 0. Returns (W (d, C), b (C,))."""
    W = np.zeros((X.shape[1], C))
    b = np.zeros(C)
    for _ in range(n_steps):
        _, dW, db = softmax_loss_grad(W, b, X, y, lam)
        W -= lr * dW
        b -= lr * db
    return W, b
