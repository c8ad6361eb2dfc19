import numpy as np


def layer_norm(x: np.ndarray, g: np.ndarray, b: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    """LayerNorm over the last axis: g * (x - mean) / sqrt(var + eps) + b, with the biased
    variance (divide by C, like nn.LayerNorm). x: (..., C); g, b: (C,)."""
    raise NotImplementedError


def gelu(x: np.ndarray) -> np.ndarray:
    """GELU, elementwise: the exact 0.5 * x * (1 + erf(x / sqrt(2))) or the tanh approximation
    used by GPT-2 (within 1e-3 of the exact form)."""
    raise NotImplementedError


def decoder_block(x: np.ndarray, p: dict[str, np.ndarray], n_heads: int) -> np.ndarray:
    """One pre-norm GPT-style decoder block. x: (B, T, C) float32 -> (B, T, C) float32.

        x = x + Attn(LN1(x));  x = x + MLP(LN2(x))

    Attn: causal multi-head self-attention. `h @ W_qkv` splits into q | k | v (C columns each);
    head i uses features i * C/n_heads .. (i + 1) * C/n_heads - 1 of each; scores scaled by
    1/sqrt(C/n_heads); heads concatenated in order, then `@ W_o` (no bias).
    MLP: gelu(h @ W_1 + b_1) @ W_2 + b_2.
    p: ln1_g, ln1_b, ln2_g, ln2_b: (C,); W_qkv: (C, 3C); W_o: (C, C);
       W_1: (C, 4C); b_1: (4C,); W_2: (4C, C); b_2: (C,).
    """
    raise NotImplementedError


def init_block(C: int, rng: np.random.Generator, n_layers: int = 1) -> dict[str, np.ndarray]:
    """GPT-2 style parameters for decoder_block (same keys and shapes, float32): weights
    normal(0, 0.02), W_o and W_2 further scaled by 1 / sqrt(2 * n_layers), LayerNorm gains 1,
    all biases 0."""
    raise NotImplementedError
