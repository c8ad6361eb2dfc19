import numpy as np


def _dcg(rels_in_rank_order: np.ndarray, k: int) -> float:
    r = np.asarray(rels_in_rank_order, dtype=float)[:k]
    return float(((2.0**r - 1.0) / np.log2(np.arange(2, r.size + 2))).sum())


def ndcg_at_k(y_true: np.ndarray, y_score: np.ndarray, k: int) -> float:
    """nDCG@k of one query.

    y_true (n,) graded relevance (non-negative ints), y_score (n,) model scores; items are
    ranked by descending score, score ties keeping the input order. Gain 2^rel - 1, discount
    1 / log2(position + 1) with positions from 1. nDCG@k = DCG@k / IDCG@k, where IDCG sorts by
    true relevance; 0.0 when IDCG = 0. k may exceed n.
    """
    y_true = np.asarray(y_true)
    y_score = np.asarray(y_score, dtype=float)
    order = np.argsort(-y_score, kind="stable")  # descending score, ties keep input order
    idcg = _dcg(np.sort(y_true)[::-1], k)
    return 0.0 if idcg == 0 else _dcg(y_true[order], k) / idcg


def mean_ndcg(qids: np.ndarray, y_true: np.ndarray, y_score: np.ndarray, k: int) -> float:
    """Mean of ndcg_at_k over the queries in qids (N,) (rows of a query need not be contiguous);
    every query counts once, including those with no relevant item (score 0)."""
    qids = np.asarray(qids)
    y_true = np.asarray(y_true)
    y_score = np.asarray(y_score, dtype=float)
    order = np.lexsort((-y_score, qids))  # by query, then score descending (stable on ties)
    q = qids[order]
    starts = np.r_[0, np.flatnonzero(q[1:] != q[:-1]) + 1]
    sizes = np.diff(np.r_[starts, len(q)])
    pos = np.arange(len(q)) - np.repeat(starts, sizes)  # 0-based rank inside the query
    disc = np.where(pos < k, 1.0 / np.log2(pos + 2.0), 0.0)
    dcg = np.add.reduceat((2.0 ** y_true[order] - 1.0) * disc, starts)
    ideal = np.lexsort((-y_true, qids))
    idcg = np.add.reduceat((2.0 ** y_true[ideal] - 1.0) * disc, starts)
    nd = np.divide(dcg, idcg, out=np.zeros_like(dcg), where=idcg > 0)
    return float(nd.mean())
