import numpy as np


class MultiHeadAttention:
    """Multi-head self-attention with optional key padding and causal masks, in NumPy."""

    def __init__(self, d_model: int, n_heads: int, rng: np.random.Generator) -> None:
        """Create the weights from `rng` (float32): `self.W_qkv` (d_model, 3 * d_model) and
        `self.W_o` (d_model, d_model). `d_model % n_heads == 0`; d_head = d_model // n_heads.

        Layout: `x @ W_qkv` is split into three (.., d_model) parts q | k | v, and head h
        uses features h * d_head .. (h + 1) * d_head - 1 of each. The heads' outputs are
        concatenated in head order and multiplied by W_o.
        """
        raise NotImplementedError

    def __call__(
        self, x: np.ndarray, key_padding_mask: np.ndarray | None = None, causal: bool = False
    ) -> np.ndarray:
        """x: (B, T, d_model) -> (B, T, d_model).

        key_padding_mask: (B, T) bool, True where the token is padding: padded keys get exactly
        zero attention weight. causal=True: query t sees only keys 0..t. Both may be combined.
        A query whose keys are all blocked outputs a zero vector (before W_o), never NaN.
        Scores are scaled by 1 / sqrt(d_head); no loops over heads, batch or time.
        """
        raise NotImplementedError
