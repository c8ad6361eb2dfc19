import numpy as np


def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    x = x - x.max(axis=axis, keepdims=True)
    e = np.exp(x)
    return e / e.sum(axis=axis, keepdims=True)


class KVCache:
    """Preallocated key/value cache of one attention layer (NumPy)."""

    def __init__(self, B: int, H: int, max_T: int, dh: int, dtype: type = np.float32) -> None:
        """Room for max_T positions of B sequences and H heads of size dh, allocated once.
        `self.len` is the number of positions stored so far (0 at the start)."""
        self.k = np.zeros((B, H, max_T, dh), dtype)  # preallocated: no copying per step
        self.v = np.zeros((B, H, max_T, dh), dtype)
        self.len = 0

    def append(self, k: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Store k, v: (B, H, t, dh), the t new positions, after the cached ones; returns all
        cached keys and values so far, (B, H, len, dh) each. No concatenation per step.
        Raises an error (e.g. ValueError) if len + t would exceed max_T."""
        t = k.shape[2]
        if self.len + t > self.k.shape[2]:
            raise ValueError(f"cache full: {self.len} + {t} > {self.k.shape[2]} positions")
        self.k[:, :, self.len : self.len + t] = k
        self.v[:, :, self.len : self.len + t] = v
        self.len += t
        return self.k[:, :, : self.len], self.v[:, :, : self.len]  # views, no copy


def attention_step(
    x_new: np.ndarray, W_qkv: np.ndarray, W_o: np.ndarray, n_heads: int, cache: KVCache
) -> np.ndarray:
    """Causal multi-head self-attention for the t new tokens x_new: (B, t, C), whose absolute
    positions are cache.len .. cache.len + t - 1; returns (B, t, C). Serves both the prefill
    (t = prompt length) and each decode step (t = 1).

    `x_new @ W_qkv` splits into q | k | v (C columns each); head h uses features
    h * C/n_heads .. (h + 1) * C/n_heads - 1 of each; the new k, v go into `cache`; a token at
    position p sees positions 0..p; scores scaled by 1/sqrt(C/n_heads); heads are concatenated
    in order and multiplied by W_o (C, C).
    """
    B, t, C = x_new.shape
    dh = C // n_heads
    q, k, v = np.split(x_new @ W_qkv, 3, axis=-1)  # (B, t, C) each

    def heads(a: np.ndarray) -> np.ndarray:  # (B, t, C) -> (B, H, t, dh)
        return a.reshape(B, t, n_heads, dh).transpose(0, 2, 1, 3)

    q, k, v = heads(q), heads(k), heads(v)
    start = cache.len
    K, V = cache.append(k, v)  # (B, H, start + t, dh)
    s = q @ K.transpose(0, 1, 3, 2) / dh**0.5  # (B, H, t, start + t)
    q_pos = start + np.arange(t)[:, None]  # absolute positions of the queries
    k_pos = np.arange(start + t)[None, :]
    s = np.where(k_pos > q_pos, -np.inf, s)  # causal mask, offset by the cache length
    y = softmax(s) @ V  # (B, H, t, dh)
    return y.transpose(0, 2, 1, 3).reshape(B, t, C) @ W_o
