import numpy as np


def pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """PCA of X (N, d) through the SVD of the centered data, 1 <= k <= min(N, d).

    Returns (mean (d,), components (k, d), explained_variance (k,), explained_variance_ratio (k,)).
    Components are orthonormal rows sorted by decreasing variance, each sign-flipped so that
    its largest-magnitude entry is positive. Variances use N - 1; the ratio divides by the total
    variance of all d directions.
    """
    raise NotImplementedError


def transform(X: np.ndarray, mean: np.ndarray, components: np.ndarray) -> np.ndarray:
    """Project X (N, d) onto the components: (N, k)."""
    raise NotImplementedError


def inverse_transform(Z: np.ndarray, mean: np.ndarray, components: np.ndarray) -> np.ndarray:
    """Map Z (N, k) back to the original space: (N, d)."""
    raise NotImplementedError
