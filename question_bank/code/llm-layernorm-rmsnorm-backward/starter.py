import numpy as np


def layernorm_forward(x: np.ndarray, g: np.ndarray, b: np.ndarray, eps: float = 1e-5):
    """x: (N, D); g, b: (D,). Returns (y, cache): y = g * (x - mu) / sqrt(var + eps) + b per
    row, with the biased variance; `cache` is whatever layernorm_backward needs."""
    raise NotImplementedError


def layernorm_backward(dy: np.ndarray, cache):
    """dy = dL/dy: (N, D) -> (dx (N, D), dg (D,), db (D,)), by the derived formula (no
    numerical differentiation), vectorised, reusing the statistics in `cache`."""
    raise NotImplementedError


def rmsnorm_forward(x: np.ndarray, g: np.ndarray, eps: float = 1e-6):
    """x: (N, D); g: (D,). Returns (y, cache): y = g * x / sqrt(mean(x^2) + eps) per row."""
    raise NotImplementedError


def rmsnorm_backward(dy: np.ndarray, cache):
    """dy: (N, D) -> (dx (N, D), dg (D,)), by the derived formula, reusing `cache`."""
    raise NotImplementedError
