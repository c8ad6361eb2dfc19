import numpy as np

from solution import batchnorm_backward, batchnorm_forward


def setup(seed=0, N=6, D=4):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(N, D)) * rng.uniform(0.5, 5.0, D) + rng.normal(size=D) * 3
    gamma = rng.uniform(0.5, 2.0, D)
    beta = rng.normal(size=D)
    return rng, x, gamma, beta


def test_example_training_output_is_standardized():
    rng, x, gamma, beta = setup(N=50)
    out, _ = batchnorm_forward(x, gamma, beta, np.zeros(4), np.ones(4), True)
    z = (out - beta) / gamma
    assert np.allclose(z.mean(0), 0.0, atol=1e-10), f"column means {z.mean(0)}"
    std = z.std(0)
    assert np.all(std < 1.0) and np.all(std > 1.0 - 1e-3), f"column std {std}: want just below 1"


def test_example_dx_sums_to_zero_over_the_batch():
    rng, x, gamma, beta = setup(1)
    _, cache = batchnorm_forward(x, gamma, beta, np.zeros(4), np.ones(4), True)
    dx, _, _ = batchnorm_backward(rng.normal(size=(6, 4)), cache)
    assert np.allclose(np.asarray(dx).sum(0), 0.0, atol=1e-10), f"dx.sum(0) = {np.asarray(dx).sum(0)}"


def test_example_gradients_match_central_differences():
    rng, x, gamma, beta = setup(2)
    dout = rng.normal(size=(6, 4))

    def loss(x_, g_, b_):
        out, _ = batchnorm_forward(x_, g_, b_, np.zeros(4), np.ones(4), True)
        return float((out * dout).sum())

    _, cache = batchnorm_forward(x, gamma, beta, np.zeros(4), np.ones(4), True)
    dx, dgamma, dbeta = batchnorm_backward(dout, cache)
    eps = 1e-6
    for name, arr, ana in (("dx", x, dx), ("dgamma", gamma, dgamma), ("dbeta", beta, dbeta)):
        num = np.zeros_like(arr)
        for i in np.ndindex(arr.shape):
            old = arr[i]
            arr[i] = old + eps
            lp = loss(x, gamma, beta)
            arr[i] = old - eps
            lm = loss(x, gamma, beta)
            arr[i] = old
            num[i] = (lp - lm) / (2 * eps)
        err = np.abs(num - ana).max() / max(1e-12, np.abs(num).max())
        assert err < 1e-6, f"{name}: relative error {err:.2e}"
