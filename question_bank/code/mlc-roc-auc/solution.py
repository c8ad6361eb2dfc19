import numpy as np


def roc_auc(y_true: np.ndarray, y_score: np.ndarray) -> float:
    """Area under the ROC curve, without sklearn.

    y_true (N,) in {0, 1} and y_score (N,) float (arrays or lists). Equals the probability that
    a random positive scores higher than a random negative, a tie counting 1/2. O(N log N), no
    (n_pos, n_neg) pairwise matrix. Raises ValueError if only one class is present.
    """
    y = np.asarray(y_true)
    s = np.asarray(y_score, dtype=float)
    pos = y == 1
    n_pos = int(pos.sum())
    n_neg = len(y) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("ROC-AUC is undefined when only one class is present")
    order = np.argsort(s, kind="mergesort")
    _, first, counts = np.unique(s[order], return_index=True, return_counts=True)
    avg_rank = first + (counts + 1) / 2.0  # 1-based mean rank of each tie group
    ranks = np.empty(len(s))
    ranks[order] = np.repeat(avg_rank, counts)
    # Mann-Whitney U: positive rank sum minus the positive-positive part
    return float((ranks[pos].sum() - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg))
