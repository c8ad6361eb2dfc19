import numpy as np


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
    raise NotImplementedError
