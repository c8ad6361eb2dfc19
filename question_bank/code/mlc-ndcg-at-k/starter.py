import numpy as np


def ndcg_at_k(y_true: np.ndarray, y_score: np.ndarray, k: int) -> float:
    """nDCG@k of one query.

    y_true (n,) graded relevance (non-negative ints), y_score (n,) model scores; items are
    ranked by descending score, score ties keeping the input order. Gain 2^rel - 1, discount
    1 / log2(position + 1) with positions from 1. nDCG@k = DCG@k / IDCG@k, where IDCG sorts by
    true relevance; 0.0 when IDCG = 0. k may exceed n.
    """
    raise NotImplementedError


def mean_ndcg(qids: np.ndarray, y_true: np.ndarray, y_score: np.ndarray, k: int) -> float:
    """Mean of ndcg_at_k over the queries in qids (N,) (rows of a query need not be contiguous);
    every query counts once, including those with no relevant item (score 0)."""
    raise NotImplementedError
