import numpy as np

from solution import layernorm_backward, layernorm_forward, rmsnorm_backward, rmsnorm_forward


def setup(N=4, D=7, seed=0):
    rng = np.random.default_rng(seed)
    x = 3.0 * rng.standard_normal((N, D)) + 1.0
    g, b, G = rng.standard_normal(D), rng.standard_normal(D), rng.standard_normal((N, D))
    return x, g, b, G


def numeric_grad(loss, array, h=1e-6):
    grad = np.zeros_like(array)
    for i in np.ndindex(array.shape):
        old = array[i]
        array[i] = old + h
        plus = loss()
        array[i] = old - h
        minus = loss()
        array[i] = old
        grad[i] = (plus - minus) / (2 * h)
    return grad


def check(name, got, want, tol=1e-6):
    got = np.asarray(got)
    assert got.shape == want.shape, f"{name}: shape {got.shape}, want {want.shape}"
    err = np.abs(got - want).max()
    assert err < tol, f"{name}: max difference from finite differences {err:.3g}"


def test_example_1_layernorm_gradients_match_finite_differences():
    x, g, b, G = setup()
    _, cache = layernorm_forward(x, g, b)
    dx, dg, db = layernorm_backward(G, cache)

    def loss():
        return float(np.sum(layernorm_forward(x, g, b)[0] * G))

    check("dx", dx, numeric_grad(loss, x))
    check("dg", dg, numeric_grad(loss, g))
    check("db", db, numeric_grad(loss, b))


def test_example_2_rmsnorm_gradients_match_finite_differences():
    x, g, _, G = setup(seed=1)
    _, cache = rmsnorm_forward(x, g)
    dx, dg = rmsnorm_backward(G, cache)

    def loss():
        return float(np.sum(rmsnorm_forward(x, g)[0] * G))

    check("dx", dx, numeric_grad(loss, x))
    check("dg", dg, numeric_grad(loss, g))


def test_example_3_layernorm_dx_rows_sum_to_zero():
    x, g, b, G = setup(seed=2)
    _, cache = layernorm_forward(x, g, b)
    dx, _, _ = layernorm_backward(G, cache)
    sums = np.asarray(dx).sum(-1)
    assert np.abs(sums).max() < 1e-10, f"row sums of dx: {sums}"


def test_example_4_constant_row_gives_the_bias():
    _, g, b, _ = setup(seed=3)
    x = np.full((2, 7), 4.2)
    y, _ = layernorm_forward(x, g, b)
    assert np.isfinite(y).all(), "NaN or inf for a constant row"
    assert np.abs(y - b).max() < 1e-9, f"a constant row must give y = b, got {y[0]}"
