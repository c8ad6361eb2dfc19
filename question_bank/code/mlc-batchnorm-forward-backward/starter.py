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
    raise NotImplementedError


def batchnorm_backward(dout: np.ndarray, cache: object) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Backward of a training-mode forward: dout (N, D) -> (dx (N, D), dgamma (D,), dbeta (D,)).
    O(N D); no (N, N) or (N, D, D) Jacobian."""
    raise NotImplementedError
