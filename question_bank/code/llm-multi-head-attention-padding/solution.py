import numpy as np


def masked_softmax(scores: np.ndarray, blocked: np.ndarray) -> np.ndarray:
    """Softmax over the last axis; `blocked` (True = may not attend) broadcasts to scores.
    A fully blocked row becomes all zeros instead of NaN."""
    scores = np.where(blocked, -np.inf, scores)
    m = scores.max(-1, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)  # fully blocked row: avoid -inf - (-inf)
    e = np.exp(scores - m)  # exp(-inf) = 0
    s = e.sum(-1, keepdims=True)
    return e / np.where(s == 0, 1.0, s)


class MultiHeadAttention:
    """Multi-head self-attention with optional key padding and causal masks, in NumPy."""

    def __init__(self, d_model: int, n_heads: int, rng: np.random.Generator) -> None:
        """Create the weights from `rng` (float32): `self.W_qkv` (d_model, 3 * d_model) and
        `self.W_o` (d_model, d_model). `d_model % n_heads == 0`; d_head = d_model // n_heads.

        Layout: `x @ W_qkv` is split into three (.., d_model) parts q | k | v, and head h
        uses features h * d_head .. (h + 1) * d_head - 1 of each. The heads' outputs are
        concatenated in head order and multiplied by W_o.
        """
        assert d_model % n_heads == 0, "d_model must be divisible by n_heads"
        self.h, self.dh = n_heads, d_model // n_heads
        std = d_model**-0.5
        self.W_qkv = rng.normal(0.0, std, (d_model, 3 * d_model)).astype(np.float32)
        self.W_o = rng.normal(0.0, std, (d_model, d_model)).astype(np.float32)

    def __call__(
        self, x: np.ndarray, key_padding_mask: np.ndarray | None = None, causal: bool = False
    ) -> np.ndarray:
        """x: (B, T, d_model) -> (B, T, d_model).

        key_padding_mask: (B, T) bool, True where the token is padding: padded keys get exactly
        zero attention weight. causal=True: query t sees only keys 0..t. Both may be combined.
        A query whose keys are all blocked outputs a zero vector (before W_o), never NaN.
        Scores are scaled by 1 / sqrt(d_head); no loops over heads, batch or time.
        """
        B, T, C = x.shape
        q, k, v = np.split(x @ self.W_qkv, 3, axis=-1)  # (B, T, C) each

        def heads(t: np.ndarray) -> np.ndarray:  # (B, T, C) -> (B, h, T, dh)
            return t.reshape(B, T, self.h, self.dh).transpose(0, 2, 1, 3)

        q, k, v = heads(q), heads(k), heads(v)
        scores = q @ k.transpose(0, 1, 3, 2) / self.dh**0.5  # (B, h, T, T)
        blocked = np.zeros((B, 1, T, T), dtype=bool)  # broadcasts over heads
        if key_padding_mask is not None:
            blocked = blocked | np.asarray(key_padding_mask, dtype=bool)[:, None, None, :]
        if causal:
            blocked = blocked | np.triu(np.ones((T, T), dtype=bool), 1)
        out = masked_softmax(scores, blocked) @ v  # (B, h, T, dh)
        out = out.transpose(0, 2, 1, 3).reshape(B, T, C)  # merge heads
        return out @ self.W_o
