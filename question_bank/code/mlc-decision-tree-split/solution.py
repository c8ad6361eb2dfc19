import numpy as np


def best_split(X: np.ndarray, y: np.ndarray, n_classes: int) -> tuple[int | None, float | None, float]:
    """Best axis-aligned split of one CART node by Gini gain.

    X (N, d) float, y (N,) int in 0..n_classes-1. Rows with X[:, feature] <= threshold go left.
    gain = gini(parent) - (n_L * gini(left) + n_R * gini(right)) / N, gini(S) = 1 - sum_c p_c^2.
    Thresholds are midpoints between consecutive distinct sorted values of a feature.
    Returns (feature, threshold, gain); (None, None, 0.0) if no split has positive gain.
    Equal gains (within 1e-12): lower feature index first, then lower threshold.
    Aim for O(d N log N).
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    N, d = X.shape
    best: tuple[int | None, float | None, float] = (None, None, 0.0)
    if N < 2:
        return best
    eye = np.eye(n_classes, dtype=np.int64)
    parent = 1.0 - ((np.bincount(y, minlength=n_classes) / N) ** 2).sum()
    nl = np.arange(1, N)[:, None]  # (N-1, 1) rows on the left of cut i
    nr = N - nl
    for j in range(d):
        order = np.argsort(X[:, j], kind="stable")
        xs, ys = X[order, j], y[order]
        valid = xs[1:] > xs[:-1]  # cut only between distinct values
        if not valid.any():
            continue  # constant feature
        onehot = eye[ys]  # (N, C)
        left = np.cumsum(onehot, axis=0)[:-1]  # (N-1, C) class counts left of each cut
        right = left[-1] + onehot[-1] - left  # (N-1, C)
        gini_l = 1.0 - ((left / nl) ** 2).sum(1)
        gini_r = 1.0 - ((right / nr) ** 2).sum(1)
        child = (nl[:, 0] * gini_l + nr[:, 0] * gini_r) / N
        gain = np.where(valid, parent - child, -np.inf)
        i = int(np.flatnonzero(gain >= gain.max() - 1e-12)[0])  # lowest threshold among ties
        if gain[i] > best[2] + 1e-12:  # a later feature must be strictly better
            best = (j, float((xs[i] + xs[i + 1]) / 2.0), float(gain[i]))
    return best
