import numpy as np


def pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """PCA of X (N, d) through the SVD of the centered data, 1 <= k <= min(N, d).

    Returns (mean (d,), components (k, d), explained_variance (k,), explained_variance_ratio (k,)).
    Components are orthonormal rows sorted by decreasing variance, each sign-flipped so that
    its largest-magnitude entry is positive. Variances use N - 1; the ratio divides by the total
    variance of all d directions.
    """
    X = np.asarray(X, dtype=float)
    mean = X.mean(0)
    Xc = X - mean
    _, S, Vt = np.linalg.svd(Xc, full_matrices=False)  # Xc = U diag(S) Vt, S descending
    comps = Vt[:k]  # (k, d) orthonormal rows
    signs = np.sign(comps[np.arange(k), np.abs(comps).argmax(1)])
    comps = comps * signs[:, None]  # deterministic sign
    var = S**2 / (X.shape[0] - 1)
    total = var.sum()
    ratio = var[:k] / total if total > 0 else np.zeros(k)
    return mean, comps, var[:k], ratio


def transform(X: np.ndarray, mean: np.ndarray, components: np.ndarray) -> np.ndarray:
    """Project X (N, d) onto the components: (N, k)."""
    return (np.asarray(X, dtype=float) - mean) @ components.T


def inverse_transform(Z: np.ndarray, mean: np.ndarray, components: np.ndarray) -> np.ndarray:
    """Map Z (N, k) back to the original space: (N, d)."""
    return np.asarray(Z, dtype=float) @ components + mean
