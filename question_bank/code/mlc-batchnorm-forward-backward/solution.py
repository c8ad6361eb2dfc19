import numpy as np


def batchnorm_forward(
    x: np.ndarray,
    gamma: np.ndarray,
    beta: np.ndarray,
    running_mean: np.ndarray,
    running_var: np.ndarray,
    training: bool,
    momentum: float = 0.1,
    eps: float = 1e-5,
) -> tuple[np.ndarray, object]:
    """1-D batch normalization of x (N, D); gamma, beta, running_mean, running_var are (D,).

    Training (N >= 2): normalize with the batch mean and the biased batch variance, and update
    IN PLACE running = (1 - momentum) * running + momentum * batch_stat, with the unbiased
    variance for running_var. Eval: normalize with the running statistics, no update.
    Returns (out (N, D), cache for batchnorm_backward).
    """
    if training:
        N = x.shape[0]
        mu = x.mean(0)  # (D,)
        var = x.var(0)  # biased, for normalization
        inv_std = 1.0 / np.sqrt(var + eps)
        xhat = (x - mu) * inv_std  # (N, D)
        running_mean *= 1 - momentum
        running_mean += momentum * mu
        running_var *= 1 - momentum
        running_var += momentum * var * N / (N - 1)  # unbiased estimate
        cache = (xhat, inv_std, gamma)
    else:
        inv_std = 1.0 / np.sqrt(running_var + eps)
        xhat = (x - running_mean) * inv_std
        cache = (xhat, inv_std, gamma)
    return gamma * xhat + beta, cache


def batchnorm_backward(dout: np.ndarray, cache: object) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Backward of a training-mode forward: dout (N, D) -> (dx (N, D), dgamma (D,), dbeta (D,)).
    O(N D); no (N, N) or (N, D, D) Jacobian."""
    xhat, inv_std, gamma = cache
    N = dout.shape[0]
    dbeta = dout.sum(0)
    dgamma = (dout * xhat).sum(0)
    g = dout * gamma  # dL/dxhat
    dx = inv_std / N * (N * g - g.sum(0) - xhat * (g * xhat).sum(0))
    return dx, dgamma, dbeta
