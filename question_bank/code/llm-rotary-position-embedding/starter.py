import numpy as np


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
    raise NotImplementedError
