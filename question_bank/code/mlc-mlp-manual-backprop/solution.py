import numpy as np


def init_params(d: int, H: int, C: int, rng: np.random.Generator) -> dict[str, np.ndarray]:
    """Random (symmetry-breaking) float64 parameters: W1 (d, H), b1 (H,), W2 (H, C), b2 (C,)."""
    return {
        "W1": rng.normal(0.0, np.sqrt(2.0 / d), (d, H)),  # He init for the ReLU layer
        "b1": np.zeros(H),
        "W2": rng.normal(0.0, np.sqrt(1.0 / H), (H, C)),
        "b2": np.zeros(C),
    }


def forward_backward(
    params: dict[str, np.ndarray], X: np.ndarray, y: np.ndarray
) -> tuple[float, dict[str, np.ndarray]]:
    """Linear -> ReLU -> Linear -> softmax cross-entropy, forward and backward, without autograd.

    X (N, d) float64, y (N,) int in 0..C-1. Returns (mean loss, grads), grads having the same
    keys and shapes as params. Numerically stable; does not modify params.
    """
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    N = X.shape[0]
    rows = np.arange(N)
    z1 = X @ W1 + b1  # (N, H)
    h = np.maximum(z1, 0.0)  # (N, H)
    Z = h @ W2 + b2  # (N, C)
    Z = Z - Z.max(1, keepdims=True)
    logP = Z - np.log(np.exp(Z).sum(1, keepdims=True))  # (N, C) log-softmax
    loss = float(-logP[rows, y].mean())
    dZ = np.exp(logP)
    dZ[rows, y] -= 1.0
    dZ /= N  # (N, C) = (P - Y) / N
    dz1 = (dZ @ W2.T) * (z1 > 0)  # (N, H) through the ReLU gate
    grads = {"W1": X.T @ dz1, "b1": dz1.sum(0), "W2": h.T @ dZ, "b2": dZ.sum(0)}
    return loss, grads


def grad_check(params: dict[str, np.ndarray], X: np.ndarray, y: np.ndarray, eps: float = 1e-5) -> float:
    """Max relative error between forward_backward's gradients and central differences of its
    loss, over all parameters. May loop over parameter entries; leaves params unchanged."""
    _, grads = forward_backward(params, X, y)
    worst = 0.0
    for name, P in params.items():
        num = np.zeros_like(P)
        for i in np.ndindex(P.shape):
            old = P[i]
            P[i] = old + eps
            lp, _ = forward_backward(params, X, y)
            P[i] = old - eps
            lm, _ = forward_backward(params, X, y)
            P[i] = old
            num[i] = (lp - lm) / (2.0 * eps)
        denom = max(1e-8, np.abs(num).max() + np.abs(grads[name]).max())
        worst = max(worst, float(np.abs(num - grads[name]).max() / denom))
    return worst


def train(
    X: np.ndarray, y: np.ndarray, H: int = 16, C: int = 2, lr: float = 0.5, steps: int = 2000, seed: int = 0
) -> tuple[dict[str, np.ndarray], float]:
    """Plain full-batch gradient descent from init_params(d, H, C, np.random.default_rng(seed)).
    Returns (params, loss of the last step)."""
    params = init_params(X.shape[1], H, C, np.random.default_rng(seed))
    loss = float("nan")
    for _ in range(steps):
        loss, grads = forward_backward(params, X, y)
        for k in params:
            params[k] -= lr * grads[k]
    return params, loss
