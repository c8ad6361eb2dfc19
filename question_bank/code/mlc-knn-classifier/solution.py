import numpy as np


def knn_predict(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, k: int) -> np.ndarray:
    """k-nearest-neighbours classification with Euclidean distance.

    X_train (N, d) float, y_train (N,) int labels in 0..C-1, X_test (M, d) float, 1 <= k <= N.
    Returns (M,) int: for each test row, the majority label among its k closest training rows.
    A vote tie goes to the smallest label. Distances are computed with matrix operations,
    not a Python loop over X_train.
    """
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    y_train = np.asarray(y_train)
    M = X_test.shape[0]
    # squared distances (M, N) via ||a||^2 - 2 a.b + ||b||^2; the square root keeps the order
    d2 = (
        (X_test**2).sum(1)[:, None]
        - 2.0 * X_test @ X_train.T
        + (X_train**2).sum(1)[None, :]
    )
    np.maximum(d2, 0.0, out=d2)  # round-off can give tiny negatives
    nn_idx = np.argpartition(d2, k - 1, axis=1)[:, :k]  # (M, k), unordered
    votes = y_train[nn_idx]  # (M, k)
    C = int(y_train.max()) + 1
    counts = np.zeros((M, C), dtype=np.int64)
    np.add.at(counts, (np.arange(M)[:, None], votes), 1)
    return counts.argmax(1)  # first maximum = smallest label on ties
