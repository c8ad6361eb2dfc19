import numpy as np


def loss_and_grad(
    w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, lam: float
) -> tuple[float, np.ndarray, float]:
    """Mean binary cross-entropy of sigmoid(X @ w + b) against y, plus 0.5 * lam * ||w||^2.

    X (N, d) float, y (N,) in {0, 1}, w (d,), b scalar; the bias is not regularized.
    Returns (loss, dw (d,), db). Finite for logits as large as +/-1000. No autograd.
    """
    raise NotImplementedError


def fit_logreg(
    X: np.ndarray, y: np.ndarray, lam: float = 0.0, lr: float = 0.5, n_steps: int = 2000
) -> tuple[np.ndarray, float]:
    """Full-batch gradient descent from w = 0, b = 0 on loss_and_grad. Returns (w (d,), b)."""
    raise NotImplementedError


def predict_proba(X: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    """(N,) probabilities of class 1, without overflow warnings for logits like +/-1000."""
    raise NotImplementedError
