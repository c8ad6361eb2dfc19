import numpy as np

import solution
from solution import forward_backward, grad_check, init_params


def numeric_grads(params, X, y, eps=1e-6):
    out = {}
    for name, P in params.items():
        g = np.zeros_like(P)
        for i in np.ndindex(P.shape):
            old = P[i]
            P[i] = old + eps
            lp = forward_backward(params, X, y)[0]
            P[i] = old - eps
            lm = forward_backward(params, X, y)[0]
            P[i] = old
            g[i] = (lp - lm) / (2 * eps)
        out[name] = g
    return out


def test_init_shapes_and_symmetry_breaking():
    p = init_params(3, 6, 4, np.random.default_rng(1))
    shapes = {k: np.asarray(v).shape for k, v in p.items()}
    assert shapes == {"W1": (3, 6), "b1": (6,), "W2": (6, 4), "b2": (4,)}, f"shapes {shapes}"
    assert np.asarray(p["W1"]).dtype == np.float64, "parameters must be float64"
    assert len({tuple(np.round(col, 12)) for col in p["W1"].T}) == 6, "hidden units must start different"


def test_gradients_match_independent_finite_differences():
    rng = np.random.default_rng(2)
    params = init_params(3, 5, 4, rng)
    params["b1"] = rng.normal(size=5) * 0.1
    params["b2"] = rng.normal(size=4)
    X = rng.normal(size=(10, 3))
    y = rng.integers(0, 4, size=10)
    loss, grads = forward_backward(params, X, y)
    num = numeric_grads(params, X, y)
    for name in ("W1", "b1", "W2", "b2"):
        assert np.asarray(grads[name]).shape == params[name].shape, f"{name} gradient has the wrong shape"
        err = np.abs(grads[name] - num[name]).max()
        assert err < 1e-7, f"{name}: analytic and numeric gradients differ by {err:.2e}"


def test_loss_is_log_c_when_output_layer_is_zero():
    rng = np.random.default_rng(3)
    params = init_params(4, 6, 5, rng)
    params["W2"][:] = 0.0
    params["b2"][:] = 0.0
    loss, _ = forward_backward(params, rng.normal(size=(7, 4)), rng.integers(0, 5, size=7))
    assert abs(loss - np.log(5)) < 1e-12, f"loss {loss}, want log 5"


def test_stable_for_huge_activations():
    rng = np.random.default_rng(4)
    params = init_params(2, 8, 3, rng)
    X = rng.normal(size=(6, 2)) * 1e4
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        loss, grads = forward_backward(params, X, rng.integers(0, 3, size=6))
    assert np.isfinite(loss) and all(np.isfinite(g).all() for g in grads.values()), "loss/grads not finite"


def test_forward_backward_and_grad_check_leave_params_unchanged():
    rng = np.random.default_rng(5)
    params = init_params(3, 4, 2, rng)
    before = {k: v.copy() for k, v in params.items()}
    X = rng.normal(size=(5, 3))
    y = rng.integers(0, 2, size=5)
    forward_backward(params, X, y)
    grad_check(params, X, y)
    for k in before:
        assert np.array_equal(params[k], before[k]), f"params[{k!r}] was modified"


def test_grad_check_detects_a_wrong_gradient():
    rng = np.random.default_rng(6)
    params = init_params(3, 4, 3, rng)
    X = rng.normal(size=(6, 3))
    y = rng.integers(0, 3, size=6)
    right = solution.forward_backward

    def wrong(p, X_, y_):  # W2 gradient off by 30 %
        loss, g = right(p, X_, y_)
        g = dict(g)
        g["W2"] = g["W2"] * 1.3
        return loss, g

    solution.forward_backward = wrong
    try:
        err = grad_check(params, X, y)
    finally:
        solution.forward_backward = right
    assert err > 1e-2, f"grad_check returned {err:.2e} for a gradient that is 30% off"
