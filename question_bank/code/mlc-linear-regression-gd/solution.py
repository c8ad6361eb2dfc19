import numpy as np


def fit_linreg_gd(
    X: np.ndarray, y: np.ndarray, lr: float = 0.1, n_steps: int = 1000
) -> tuple[np.ndarray, float, list[float]]:
    """Ordinary least squares fitted by batch gradient descent on the mean squared error.

    X (N, d) float, y (N,) float. No np.linalg.lstsq (or other closed form) inside the fit.
    Feature scales may differ by orders of magnitude and the default lr must still converge;
    a constant column must not cause a division by zero.
    Returns (w (d,), b, loss_history): predictions are X @ w + b on the ORIGINAL feature scale;
    loss_history holds the MSE recorded at each step.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    N, d = X.shape
    mu, sd = X.mean(0), X.std(0)
    const = X.max(0) == X.min(0)  # exact test: round-off can make sd ~1e-17 instead of 0
    sd = np.where(const, 1.0, sd)
    Xs = (X - mu) / sd  # (N, d) standardized
    Xs[:, const] = 0.0  # a constant column carries nothing beyond the bias
    w = np.zeros(d)
    b = 0.0
    losses: list[float] = []
    for _ in range(n_steps):
        r = Xs @ w + b - y  # (N,) residuals
        losses.append(float((r**2).mean()))
        w -= lr * (2.0 / N) * (Xs.T @ r)  # (d,)
        b -= lr * 2.0 * r.mean()
    w_orig = w / sd
    b_orig = float(b - mu @ w_orig)
    return w_orig, b_orig, losses
