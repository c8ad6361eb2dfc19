import numpy as np


def rope_tables(positions: np.ndarray, D: int, base: float = 10000.0):
    """cos and sin of the rotation angles, (T, D/2) each, computed in float64."""
    inv_freq = base ** (-np.arange(0, D, 2) / D)  # (D/2,): theta_i = base^(-2i/D)
    angles = np.asarray(positions, dtype=np.float64)[:, None] * inv_freq[None, :]  # (T, D/2)
    return np.cos(angles), np.sin(angles)


def apply_rope(x: np.ndarray, positions: np.ndarray, base: float = 10000.0) -> np.ndarray:
    """Rotary position embeddings, half-split pairing (GPT-NeoX / Hugging Face LLaMA).

    x: (B, H, T, D) with D even; positions: (T,) int absolute positions (they may start
    anywhere, e.g. [t] when decoding with a KV cache). Returns an array of the same shape and
    dtype: for i in 0 .. D/2 - 1, the pair (x[..., i], x[..., i + D/2]) at position p is
    rotated by the angle p * theta_i, theta_i = base ** (-2 i / D):

        out[..., i]       = x[..., i] cos - x[..., i + D/2] sin
        out[..., i + D/2] = x[..., i] sin + x[..., i + D/2] cos

    Vectorised; cos and sin computed once per call.
    """
    D = x.shape[-1]
    cos, sin = rope_tables(positions, D, base)  # broadcast over (B, H)
    x1, x2 = x[..., : D // 2], x[..., D // 2 :]
    out = np.concatenate([x1 * cos - x2 * sin, x1 * sin + x2 * cos], axis=-1)
    return out.astype(x.dtype, copy=False)
