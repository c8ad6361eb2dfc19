import numpy as np


def layernorm_forward(x: np.ndarray, g: np.ndarray, b: np.ndarray, eps: float = 1e-5):
    """x: (N, D); g, b: (D,). Returns (y, cache): y = g * (x - mu) / sqrt(var + eps) + b per
    row, with the biased variance; `cache` is whatever layernorm_backward needs."""
    mu = x.mean(-1, keepdims=True)
    rstd = 1.0 / np.sqrt(x.var(-1, keepdims=True) + eps)  # biased variance
    xhat = (x - mu) * rstd
    return g * xhat + b, (xhat, rstd, g)


def layernorm_backward(dy: np.ndarray, cache):
    """dy = dL/dy: (N, D) -> (dx (N, D), dg (D,), db (D,)), by the derived formula (no
    numerical differentiation), vectorised, reusing the statistics in `cache`."""
    xhat, rstd, g = cache
    dg = (dy * xhat).sum(0)
    db = dy.sum(0)
    dxhat = dy * g
    # remove the mean and the xhat component of dxhat (the two constraints LayerNorm imposes)
    dx = rstd * (
        dxhat - dxhat.mean(-1, keepdims=True) - xhat * (dxhat * xhat).mean(-1, keepdims=True)
    )
    return dx, dg, db


def rmsnorm_forward(x: np.ndarray, g: np.ndarray, eps: float = 1e-6):
    """x: (N, D); g: (D,). Returns (y, cache): y = g * x / sqrt(mean(x^2) + eps) per row."""
    rrms = 1.0 / np.sqrt((x * x).mean(-1, keepdims=True) + eps)
    xhat = x * rrms
    return g * xhat, (xhat, rrms, g)


def rmsnorm_backward(dy: np.ndarray, cache):
    """dy: (N, D) -> (dx (N, D), dg (D,)), by the derived formula, reusing `cache`."""
    xhat, rrms, g = cache
    dg = (dy * xhat).sum(0)
    dxhat = dy * g
    dx = rrms * (dxhat - xhat * (dxhat * xhat).mean(-1, keepdims=True))  # no mean term
    return dx, dg
