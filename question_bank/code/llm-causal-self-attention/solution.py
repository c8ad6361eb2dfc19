import numpy as np


def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    x = x - x.max(axis=axis, keepdims=True)  # stable: every exponent <= 0
    e = np.exp(x)
    return e / e.sum(axis=axis, keepdims=True)


def causal_self_attention(
    x: np.ndarray, Wq: np.ndarray, Wk: np.ndarray, Wv: np.ndarray
) -> np.ndarray:
    """Single-head causal self-attention, in NumPy.

    x: (B, T, C) float32; Wq, Wk, Wv: (C, d) float32. Returns (B, T, d), same dtype as x.
    Scores are q k^T / sqrt(d); position t attends only to positions 0..t (softmax over keys,
    numerically stable for logits of magnitude 1e3). No Python loops over B or T.
    """
    q, k, v = x @ Wq, x @ Wk, x @ Wv  # (B, T, d) each
    T, d = x.shape[1], q.shape[-1]
    scores = q @ k.transpose(0, 2, 1) / d**0.5  # (B, T, T); a Python float keeps float32
    future = np.triu(np.ones((T, T), dtype=bool), k=1)  # True strictly above the diagonal
    scores = np.where(future, -np.inf, scores)  # mask before the softmax
    return (softmax(scores, axis=-1) @ v).astype(x.dtype, copy=False)  # (B, T, d)
