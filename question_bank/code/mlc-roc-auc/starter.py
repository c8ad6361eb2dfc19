import numpy as np


def roc_auc(y_true: np.ndarray, y_score: np.ndarray) -> float:
    """Area under the ROC curve, without sklearn.

    y_true (N,) in {0, 1} and y_score (N,) float (arrays or lists). Equals the probability that
    a random positive scores higher than a random negative, a tie counting 1/2. O(N log N), no
    (n_pos, n_neg) pairwise matrix. Raises ValueError if only one class is present.
    """
    raise NotImplementedError
