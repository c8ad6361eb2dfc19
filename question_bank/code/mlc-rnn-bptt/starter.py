import numpy as np


def rnn_forward(
    x: np.ndarray, h0: np.ndarray, Wx: np.ndarray, Wh: np.ndarray, b: np.ndarray
) -> tuple[np.ndarray, object]:
    """Elman RNN h_t = tanh(x_t Wx + h_{t-1} Wh + b) over a whole sequence.

    x (T, N, D), h0 (N, H), Wx (D, H), Wh (H, H), b (H,) -> (hs (T, N, H), cache).
    Vectorized over the batch; a Python loop over time is expected.
    """
    raise NotImplementedError


def rnn_backward(
    dhs: np.ndarray, cache: object
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Backprop through time. dhs (T, N, H) = dLoss/dh_t from the layers above, for every t
    (only the gradient from outside: the gradient arriving from step t + 1 must be added).
    Returns (dx (T, N, D), dh0 (N, H), dWx (D, H), dWh (H, H), db (H,)); dhs is not modified."""
    raise NotImplementedError
