import numpy as np


def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    x = x - x.max(axis=axis, keepdims=True)
    e = np.exp(x)
    return e / e.sum(axis=axis, keepdims=True)


def gqa(
    x: np.ndarray,
    W_q: np.ndarray,
    W_k: np.ndarray,
    W_v: np.ndarray,
    W_o: np.ndarray,
    n_heads: int,
    n_kv_heads: int,
    causal: bool = True,
) -> np.ndarray:
    """Grouped-query attention in NumPy. x: (B, T, C) -> (B, T, C).

    W_q, W_o: (C, C); W_k, W_v: (C, n_kv_heads * d_head), d_head = C // n_heads. Query head h
    uses columns h * d_head .. (h + 1) * d_head - 1 of `x @ W_q`; KV head j uses the same slice
    of `x @ W_k` and `x @ W_v`. Query head h attends with KV head h // (n_heads // n_kv_heads)
    (consecutive query heads share a KV head). Scores scaled by 1/sqrt(d_head); causal=True:
    position t sees 0..t. Head outputs are concatenated in order and multiplied by W_o.
    n_heads % n_kv_heads == 0; avoid copying K and V per query head if you can.
    """
    B, T, C = x.shape
    assert C % n_heads == 0 and n_heads % n_kv_heads == 0
    dh, g = C // n_heads, n_heads // n_kv_heads  # g query heads share one KV head
    q = (x @ W_q).reshape(B, T, n_heads, dh).transpose(0, 2, 1, 3)  # (B, H, T, dh)
    k = (x @ W_k).reshape(B, T, n_kv_heads, dh).transpose(0, 2, 1, 3)  # (B, Hkv, T, dh)
    v = (x @ W_v).reshape(B, T, n_kv_heads, dh).transpose(0, 2, 1, 3)
    q = q.reshape(B, n_kv_heads, g, T, dh)  # query head h -> (h // g, h % g)
    k, v = k[:, :, None], v[:, :, None]  # (B, Hkv, 1, T, dh): broadcast, never copied
    s = q @ k.transpose(0, 1, 2, 4, 3) / dh**0.5  # (B, Hkv, g, T, T)
    if causal:
        s = np.where(np.triu(np.ones((T, T), dtype=bool), 1), -np.inf, s)
    y = softmax(s) @ v  # (B, Hkv, g, T, dh)
    y = y.reshape(B, n_heads, T, dh).transpose(0, 2, 1, 3).reshape(B, T, C)
    return y @ W_o
