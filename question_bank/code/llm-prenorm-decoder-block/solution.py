import numpy as np


def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    x = x - x.max(axis=axis, keepdims=True)
    e = np.exp(x)
    return e / e.sum(axis=axis, keepdims=True)


def layer_norm(x: np.ndarray, g: np.ndarray, b: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    """LayerNorm over the last axis: g * (x - mean) / sqrt(var + eps) + b, with the biased
    variance (divide by C, like nn.LayerNorm). x: (..., C); g, b: (C,)."""
    mu = x.mean(-1, keepdims=True)
    var = x.var(-1, keepdims=True)  # biased, like nn.LayerNorm
    return g * (x - mu) / np.sqrt(var + eps) + b


def gelu(x: np.ndarray) -> np.ndarray:
    """GELU, elementwise: the exact 0.5 * x * (1 + erf(x / sqrt(2))) or the tanh approximation
    used by GPT-2 (within 1e-3 of the exact form)."""
    return 0.5 * x * (1.0 + np.tanh(0.7978845608 * (x + 0.044715 * x**3)))  # sqrt(2/pi)


def causal_mha(x: np.ndarray, W_qkv: np.ndarray, W_o: np.ndarray, n_heads: int) -> np.ndarray:
    B, T, C = x.shape
    dh = C // n_heads
    q, k, v = np.split(x @ W_qkv, 3, axis=-1)  # (B, T, C) each

    def heads(t: np.ndarray) -> np.ndarray:  # (B, T, C) -> (B, H, T, dh)
        return t.reshape(B, T, n_heads, dh).transpose(0, 2, 1, 3)

    q, k, v = heads(q), heads(k), heads(v)
    s = q @ k.transpose(0, 1, 3, 2) / dh**0.5  # (B, H, T, T)
    s = np.where(np.triu(np.ones((T, T), dtype=bool), 1), -np.inf, s)
    y = softmax(s) @ v  # (B, H, T, dh)
    return y.transpose(0, 2, 1, 3).reshape(B, T, C) @ W_o


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
    # pre-norm: only each sub-layer's input is normalised; the residual stream is not
    x = x + causal_mha(layer_norm(x, p["ln1_g"], p["ln1_b"]), p["W_qkv"], p["W_o"], n_heads)
    h = layer_norm(x, p["ln2_g"], p["ln2_b"])
    return x + gelu(h @ p["W_1"] + p["b_1"]) @ p["W_2"] + p["b_2"]  # MLP C -> 4C -> C


def init_block(C: int, rng: np.random.Generator, n_layers: int = 1) -> dict[str, np.ndarray]:
    """GPT-2 style parameters for decoder_block (same keys and shapes, float32): weights
    normal(0, 0.02), W_o and W_2 further scaled by 1 / sqrt(2 * n_layers), LayerNorm gains 1,
    all biases 0."""

    def normal(*shape: int, scale: float = 1.0) -> np.ndarray:
        return (rng.normal(0.0, 0.02, shape) * scale).astype(np.float32)

    resid = (2 * n_layers) ** -0.5  # each block adds two residual branches
    return {
        "ln1_g": np.ones(C, np.float32),
        "ln1_b": np.zeros(C, np.float32),
        "ln2_g": np.ones(C, np.float32),
        "ln2_b": np.zeros(C, np.float32),
        "W_qkv": normal(C, 3 * C),
        "W_o": normal(C, C, scale=resid),
        "W_1": normal(C, 4 * C),
        "b_1": np.zeros(4 * C, np.float32),
        "W_2": normal(4 * C, C, scale=resid),
        "b_2": np.zeros(C, np.float32),
    }
