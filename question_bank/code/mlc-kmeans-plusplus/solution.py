import numpy as np


def _sq_dists(X: np.ndarray, C: np.ndarray) -> np.ndarray:
    """(n, k) squared Euclidean distances, clipped at 0 against round-off."""
    D = (X**2).sum(1)[:, None] - 2.0 * X @ C.T + (C**2).sum(1)[None, :]
    return np.maximum(D, 0.0)


def _kmeans_pp_init(X: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    n = X.shape[0]
    C = np.empty((k, X.shape[1]))
    C[0] = X[rng.integers(n)]
    d2 = ((X - C[0]) ** 2).sum(1)  # (n,) squared distance to the nearest chosen center
    for j in range(1, k):
        total = d2.sum()
        p = d2 / total if total > 0 else np.full(n, 1.0 / n)  # every point already a center
        C[j] = X[rng.choice(n, p=p)]
        d2 = np.minimum(d2, ((X - C[j]) ** 2).sum(1))
    return C


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
    X = np.asarray(X, dtype=float)
    n = X.shape[0]
    rng = np.random.default_rng(seed)
    C = _kmeans_pp_init(X, k, rng)
    rows = np.arange(n)
    for _ in range(n_iter):
        D = _sq_dists(X, C)  # (n, k)
        labels = D.argmin(1)
        counts = np.bincount(labels, minlength=k)  # (k,)
        sums = np.zeros_like(C)
        np.add.at(sums, labels, X)  # (k, d) per-cluster sums
        new_C = C.copy()
        nonempty = counts > 0
        new_C[nonempty] = sums[nonempty] / counts[nonempty, None]
        if not nonempty.all():  # empty cluster: re-seed at the worst-fit point
            new_C[~nonempty] = X[D[rows, labels].argmax()]
        shift = float(((new_C - C) ** 2).sum())
        C = new_C
        if shift <= tol:
            break
    D = _sq_dists(X, C)  # final assignment matches the returned centers
    labels = D.argmin(1)
    return C, labels, float(D[rows, labels].sum())
