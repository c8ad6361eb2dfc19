import numpy as np


class GaussianNB:
    """Gaussian naive Bayes with a scikit-learn style interface.

    fit stores, per class (sorted as np.unique(y) sorts them): a prior equal to the class
    frequency and, per feature, the mean and the variance (biased, ddof=0) of that class's rows,
    plus var_smoothing * max_j Var(X[:, j]) added to every variance.
    """

    def __init__(self, var_smoothing: float = 1e-9) -> None:
        self.var_smoothing = var_smoothing

    def fit(self, X: np.ndarray, y: np.ndarray) -> "GaussianNB":
        """X (N, d) float, y (N,) labels of any type (ints, strings). Returns self."""
        X = np.asarray(X, dtype=float)
        y = np.asarray(y)
        self.classes_ = np.unique(y)  # (C,) sorted labels
        C, d = len(self.classes_), X.shape[1]
        self.theta_ = np.zeros((C, d))
        self.var_ = np.zeros((C, d))
        self.log_prior_ = np.zeros(C)
        eps = self.var_smoothing * X.var(0).max()
        for i, c in enumerate(self.classes_):  # a loop over classes only
            Xc = X[y == c]
            self.theta_[i] = Xc.mean(0)
            self.var_[i] = Xc.var(0) + eps
            self.log_prior_[i] = np.log(len(Xc) / len(X))
        return self

    def _joint_log_likelihood(self, X: np.ndarray) -> np.ndarray:
        X = np.asarray(X, dtype=float)
        # (M, C): log prior + sum over features of log N(x; mu, var), broadcast (M, 1, d) vs (C, d)
        ll = -0.5 * (
            np.log(2.0 * np.pi * self.var_)[None]
            + (X[:, None, :] - self.theta_[None]) ** 2 / self.var_[None]
        ).sum(-1)
        return ll + self.log_prior_

    def predict_log_proba(self, X: np.ndarray) -> np.ndarray:
        """(M, C) log posterior probabilities; each row logsumexps to 0. Columns follow the
        sorted class labels. Finite even for points far from every class (log space)."""
        jll = self._joint_log_likelihood(X)
        m = jll.max(1, keepdims=True)
        return jll - (m + np.log(np.exp(jll - m).sum(1, keepdims=True)))

    def predict(self, X: np.ndarray) -> np.ndarray:
        """(M,) predicted labels, in the original label type. Vectorized over rows."""
        return self.classes_[self._joint_log_likelihood(X).argmax(1)]
