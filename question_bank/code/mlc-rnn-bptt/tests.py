import numpy as np

from solution import rnn_backward, rnn_forward


def test_example_two_steps_of_ones():
    hs, _ = rnn_forward(np.ones((2, 1, 1)), np.zeros((1, 1)), np.ones((1, 1)), np.ones((1, 1)), np.zeros(1))
    hs = np.asarray(hs)
    assert hs.shape == (2, 1, 1), f"shape {hs.shape}, want (2, 1, 1)"
    want = [np.tanh(1.0), np.tanh(1.0 + np.tanh(1.0))]
    assert np.allclose(hs.ravel(), want, atol=1e-12), f"got {hs.ravel()}, want [0.7616, 0.9427]"


def test_all_five_gradients_match_central_differences():
    rng = np.random.default_rng(0)
    T, N, D, H = 5, 3, 4, 6
    x = rng.normal(size=(T, N, D))
    h0 = rng.normal(size=(N, H))
    Wx = rng.normal(size=(D, H)) * 0.5
    Wh = rng.normal(size=(H, H)) * 0.5
    b = rng.normal(size=H) * 0.1
    dhs = rng.normal(size=(T, N, H))
    _, cache = rnn_forward(x, h0, Wx, Wh, b)
    grads = rnn_backward(dhs, cache)
    names = ("dx", "dh0", "dWx", "dWh", "db")
    arrays = (x, h0, Wx, Wh, b)
    eps = 1e-6
    for name, arr, ana in zip(names, arrays, grads):
        assert np.asarray(ana).shape == arr.shape, f"{name} has shape {np.asarray(ana).shape}, want {arr.shape}"
        num = np.zeros_like(arr)
        for i in np.ndindex(arr.shape):
            old = arr[i]
            arr[i] = old + eps
            lp = (rnn_forward(x, h0, Wx, Wh, b)[0] * dhs).sum()
            arr[i] = old - eps
            lm = (rnn_forward(x, h0, Wx, Wh, b)[0] * dhs).sum()
            arr[i] = old
            num[i] = (lp - lm) / (2 * eps)
        err = np.abs(num - ana).max() / max(1e-12, np.abs(num).max())
        assert err < 1e-6, f"{name}: relative error {err:.2e}"
