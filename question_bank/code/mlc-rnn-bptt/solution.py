import numpy as np


def rnn_forward(
    x: np.ndarray, h0: np.ndarray, Wx: np.ndarray, Wh: np.ndarray, b: np.ndarray
) -> tuple[np.ndarray, object]:
    """Elman RNN h_t = tanh(x_t Wx + h_{t-1} Wh + b) over a whole sequence.

    x (T, N, D), h0 (N, H), Wx (D, H), Wh (H, H), b (H,) -> (hs (T, N, H), cache).
    Vectorized over the batch; a Python loop over time is expected.
    """
    T, N, _ = x.shape
    hs = np.empty((T, N, h0.shape[1]))
    h = h0
    for t in range(T):
        h = np.tanh(x[t] @ Wx + h @ Wh + b)  # (N, H)
        hs[t] = h
    return hs, (x, h0, Wx, Wh, hs)


def rnn_backward(
    dhs: np.ndarray, cache: object
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Backprop through time. dhs (T, N, H) = dLoss/dh_t from the layers above, for every t
    (only the gradient from outside: the gradient arriving from step t + 1 must be added).
    Returns (dx (T, N, D), dh0 (N, H), dWx (D, H), dWh (H, H), db (H,)); dhs is not modified."""
    x, h0, Wx, Wh, hs = cache
    dx = np.empty_like(x, dtype=float)
    dWx = np.zeros_like(Wx, dtype=float)
    dWh = np.zeros_like(Wh, dtype=float)
    db = np.zeros(Wh.shape[0])
    dh_next = np.zeros_like(h0, dtype=float)  # gradient arriving from step t + 1
    for t in reversed(range(x.shape[0])):
        dh = dhs[t] + dh_next  # total gradient on h_t
        da = dh * (1.0 - hs[t] ** 2)  # back through tanh, (N, H)
        h_prev = hs[t - 1] if t > 0 else h0
        dx[t] = da @ Wx.T
        dWx += x[t].T @ da
        dWh += h_prev.T @ da
        db += da.sum(0)
        dh_next = da @ Wh.T
    return dx, dh_next, dWx, dWh, db  # dh_next is now dLoss/dh0
