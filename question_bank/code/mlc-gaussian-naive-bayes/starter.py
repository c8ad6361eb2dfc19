import numpy as np


class GaussianNB:
    """Gaussian naive Bayes with a scikit-learn style interface.

    fit stores, per class (sorted as np.unique(y) sorts them): a prior equal to the class
    frequency and, per feature, the mean and the variance (biased, ddof=0) of that class's rows,
    plus var_smoothing * max_j Var(X[:, j]) added to every variance.
    """

    def __init__(self, var_smoothing: float = 1e-9) -> None:
        raise NotImplementedError

    def fit(self, X: np.ndarray, y: np.ndarray) -> "GaussianNB":
        """X (N, d) float, y (N,) labels of any type (ints, strings). Returns self."""
        raise NotImplementedError

    def predict_log_proba(self, X: np.ndarray) -> np.ndarray:
        """(M, C) log posterior probabilities; each row logsumexps to 0. Columns follow the
        sorted class labels. Finite even for points far from every class (log space)."""
        raise NotImplementedError

    def predict(self, X: np.ndarray) -> np.ndarray:
        """(M,) predicted labels, in the original label type. Vectorized over rows."""
        raise NotImplementedError
