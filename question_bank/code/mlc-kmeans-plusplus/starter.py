import numpy as np


def kmeans(
    X: np.ndarray, k: int, n_iter: int = 100, tol: float = 1e-6, seed: int = 0
) -> tuple[np.ndarray, np.ndarray, float]:
    """Lloyd's k-means with k-means++ seeding.

    X (n, d) float, 1 <= k <= n. Randomness comes only from np.random.default_rng(seed).
    Seeding: the first center is a uniformly random point; each next center is a point sampled
    with probability proportional to its squared distance to the nearest center chosen so far.
    Stops after n_iter iterations or when the total squared movement of the centers is <= tol.
    Returns (centers (k, d), labels (n,), inertia): labels[i] is the index of the returned center
    closest to X[i]; inertia is the sum of squared distances from each point to its assigned
    center. An empty cluster, or fewer than k distinct points, must not crash or produce NaN.
    """
    raise NotImplementedError
