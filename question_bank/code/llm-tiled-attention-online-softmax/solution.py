import numpy as np


def tiled_attention(
    q: np.ndarray, k: np.ndarray, v: np.ndarray, block_size: int = 64, causal: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """Softmax attention computed block by block with an online softmax (FlashAttention's forward).

    q (..., Tq, d), k (..., Tk, d), v (..., Tk, dv), the same leading dimensions. Scores are
    q k^T / sqrt(d); with `causal`, Tq == Tk and query i only sees keys j <= i. Queries and keys
    are processed in blocks of `block_size`, so no more than block_size x block_size scores per
    leading index exist at once.

    Returns (out (..., Tq, dv), lse (..., Tq)), where lse[i] = log(sum_j exp(score_ij)) over the
    keys query i sees.
    """
    Tq, d = q.shape[-2:]
    Tk = k.shape[-2]
    if causal and Tq != Tk:
        raise ValueError("causal attention needs as many queries as keys")
    dtype = np.result_type(q, k, v, np.float32)
    scale = 1.0 / np.sqrt(d)
    out = np.empty((*q.shape[:-1], v.shape[-1]), dtype=dtype)
    lse = np.empty(q.shape[:-1], dtype=dtype)
    for qs in range(0, Tq, block_size):
        qe = min(qs + block_size, Tq)
        qb = q[..., qs:qe, :] * scale                              # (..., bq, d)
        m = np.full(qb.shape[:-1], -np.inf, dtype=dtype)           # running max   (..., bq)
        l = np.zeros(qb.shape[:-1], dtype=dtype)                   # running sum   (..., bq)
        acc = np.zeros((*qb.shape[:-1], v.shape[-1]), dtype=dtype)  # running out  (..., bq, dv)
        k_end = qe if causal else Tk                               # later keys are all masked
        for ks in range(0, k_end, block_size):
            ke = min(ks + block_size, k_end)
            s = qb @ np.swapaxes(k[..., ks:ke, :], -1, -2)          # (..., bq, bk)
            if causal and ke - 1 > qs:                             # block crosses the diagonal
                rows = np.arange(qs, qe)[:, None]
                cols = np.arange(ks, ke)[None, :]
                s = np.where(cols <= rows, s, -np.inf)
            m_new = np.maximum(m, s.max(axis=-1))                  # finite: every row sees a key
            p = np.exp(s - m_new[..., None])
            correction = np.exp(m - m_new)                         # rescale what came before
            l = l * correction + p.sum(axis=-1)
            acc = acc * correction[..., None] + p @ v[..., ks:ke, :]
            m = m_new
        out[..., qs:qe, :] = acc / l[..., None]
        lse[..., qs:qe] = m + np.log(l)
    return out, lse
