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
    raise NotImplementedError
