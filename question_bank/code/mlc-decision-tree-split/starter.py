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
    raise NotImplementedError
