import numpy as np


def init_params(d: int, H: int, C: int, rng: np.random.Generator) -> dict[str, np.ndarray]:
    """Random (symmetry-breaking) float64 parameters: W1 (d, H), b1 (H,), W2 (H, C), b2 (C,)."""
    raise NotImplementedError


def forward_backward(
    params: dict[str, np.ndarray], X: np.ndarray, y: np.ndarray
) -> tuple[float, dict[str, np.ndarray]]:
    """Linear -> ReLU -> Linear -> softmax cross-entropy, forward and backward, without autograd.

    X (N, d) float64, y (N,) int in 0..C-1. Returns (mean loss, grads), grads having the same
    keys and shapes as params. Numerically stable; does not modify params.
    """
    raise NotImplementedError


def grad_check(params: dict[str, np.ndarray], X: np.ndarray, y: np.ndarray, eps: float = 1e-5) -> float:
    """Max relative error between forward_backward's gradients and central differences of its
    loss, over all parameters. May loop over parameter entries; leaves params unchanged."""
    raise NotImplementedError


def train(
    X: np.ndarray, y: np.ndarray, H: int = 16, C: int = 2, lr: float = 0.5, steps: int = 2000, seed: int = 0
) -> tuple[dict[str, np.ndarray], float]:
    """Plain full-batch gradient descent from init_params(d, H, C, np.random.default_rng(seed)).
    Returns (params, loss of the last step)."""
    raise NotImplementedError
