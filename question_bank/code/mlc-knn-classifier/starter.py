import numpy as np


def knn_predict(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, k: int) -> np.ndarray:
    """k-nearest-neighbours classification with Euclidean distance.

    X_train (N, d) float, y_train (N,) int labels in 0..C-1, X_test (M, d) float, 1 <= k <= N.
    Returns (M,) int: for each test row, the majority label among its k closest training rows.
    A vote tie goes to the smallest label. Distances are computed with matrix operations,
    not a Python loop over X_train.
    """
    raise NotImplementedError
