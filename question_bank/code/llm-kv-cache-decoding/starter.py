import numpy as np


class KVCache:
    """Preallocated key/value cache of one attention layer (NumPy)."""

    def __init__(self, B: int, H: int, max_T: int, dh: int) -> None:
        """Room for max_T positions of B sequences and H heads of size dh, allocated once.
        `self.len` is the number of positions stored so far (0 at the start)."""
        raise NotImplementedError

    def append(self, k: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Store k, v: (B, H, t, dh), the t new positions, after the cached ones; returns all
        cached keys and values so far, (B, H, len, dh) each. No concatenation per step.
        Raises an error (e.g. ValueError) if len + t would exceed max_T."""
        raise NotImplementedError


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
    raise NotImplementedError
