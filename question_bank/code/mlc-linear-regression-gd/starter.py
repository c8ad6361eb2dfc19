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
    raise NotImplementedError
