import numpy as np

from solution import rnn_backward, rnn_forward


def params(seed, D=3, H=4):
    rng = np.random.default_rng(seed)
    return rng, rng.normal(size=(D, H)) * 0.6, rng.normal(size=(H, H)) * 0.6, rng.normal(size=H) * 0.2


def test_forward_matches_the_recurrence_with_bias_and_h0():
    rng, Wx, Wh, b = params(1)
    x = rng.normal(size=(4, 2, 3))
    h0 = rng.normal(size=(2, 4))
    hs, _ = rnn_forward(x, h0, Wx, Wh, b)
    h = h0
    for t in range(4):
        h = np.tanh(x[t] @ Wx + h @ Wh + b)
        assert np.allclose(hs[t], h, atol=1e-12), f"hs[{t}] does not follow h_t = tanh(x_t Wx + h_(t-1) Wh + b)"


def test_single_step_gradients():
    rng, Wx, Wh, b = params(2)
    x = rng.normal(size=(1, 2, 3))
    h0 = rng.normal(size=(2, 4))
    hs, cache = rnn_forward(x, h0, Wx, Wh, b)
    dh = rng.normal(size=(1, 2, 4))
    dx, dh0, dWx, dWh, db = rnn_backward(dh, cache)
    da = dh[0] * (1 - hs[0] ** 2)
    assert np.allclose(dx[0], da @ Wx.T, atol=1e-12)
    assert np.allclose(dh0, da @ Wh.T, atol=1e-12), "dh0 must be the gradient flowing out of step 0"
    assert np.allclose(dWx, x[0].T @ da, atol=1e-12) and np.allclose(dWh, h0.T @ da, atol=1e-12)
    assert np.allclose(db, da.sum(0), atol=1e-12)


def test_gradient_only_at_last_step_reaches_every_step():
    rng, Wx, Wh, b = params(3)
    x = rng.normal(size=(6, 2, 3))
    h0 = np.zeros((2, 4))
    _, cache = rnn_forward(x, h0, Wx, Wh, b)
    dhs = np.zeros((6, 2, 4))
    dhs[-1] = 1.0
    dx, dh0, _, _, _ = rnn_backward(dhs, cache)
    assert all(np.abs(dx[t]).max() > 0 for t in range(6)), "the last step's loss depends on every x_t"
    assert np.abs(dh0).max() > 0, "the last step's loss depends on h0"
    eps = 1e-6
    x2 = x.copy()
    x2[0, 1, 2] += eps
    lp = rnn_forward(x2, h0, Wx, Wh, b)[0][-1].sum()
    x2[0, 1, 2] -= 2 * eps
    lm = rnn_forward(x2, h0, Wx, Wh, b)[0][-1].sum()
    assert abs((lp - lm) / (2 * eps) - dx[0, 1, 2]) < 1e-7, "dx[0] must carry the gradient through all steps"


def test_batch_examples_are_independent():
    rng, Wx, Wh, b = params(4)
    x = rng.normal(size=(5, 3, 3))
    h0 = rng.normal(size=(3, 4))
    hs, _ = rnn_forward(x, h0, Wx, Wh, b)
    one, _ = rnn_forward(x[:, 1:2], h0[1:2], Wx, Wh, b)
    assert np.allclose(hs[:, 1:2], one, atol=1e-12), "example 1's states must not depend on the others"


def test_gradient_check_other_shapes():
    rng, Wx, Wh, b = params(5, D=2, H=3)
    x = rng.normal(size=(8, 1, 2))
    h0 = rng.normal(size=(1, 3))
    dhs = rng.normal(size=(8, 1, 3))
    _, cache = rnn_forward(x, h0, Wx, Wh, b)
    _, _, dWx, dWh, db = rnn_backward(dhs, cache)
    eps = 1e-6
    for name, arr, ana in (("dWx", Wx, dWx), ("dWh", Wh, dWh), ("db", b, db)):
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
        assert err < 1e-6, f"{name}: relative error {err:.2e} (weights are shared across time)"


def test_backward_does_not_modify_upstream_gradients():
    rng, Wx, Wh, b = params(6)
    x = rng.normal(size=(3, 2, 3))
    _, cache = rnn_forward(x, np.zeros((2, 4)), Wx, Wh, b)
    dhs = rng.normal(size=(3, 2, 4))
    before = dhs.copy()
    rnn_backward(dhs, cache)
    assert np.array_equal(dhs, before), "rnn_backward must not write into dhs"
