import numpy as np

from solution import batchnorm_backward, batchnorm_forward


def test_running_stats_updated_in_place_with_unbiased_variance():
    rng = np.random.default_rng(3)
    x = rng.normal(size=(5, 3)) * 2 + 1
    rm = np.array([0.5, -1.0, 2.0])
    rv = np.array([1.0, 3.0, 0.5])
    batchnorm_forward(x, np.ones(3), np.zeros(3), rm, rv, True, momentum=0.2)
    want_m = 0.8 * np.array([0.5, -1.0, 2.0]) + 0.2 * x.mean(0)
    want_v = 0.8 * np.array([1.0, 3.0, 0.5]) + 0.2 * x.var(0, ddof=1)
    assert np.allclose(rm, want_m, atol=1e-12), f"running_mean {rm}, want {want_m} (updated in place)"
    assert np.allclose(rv, want_v, atol=1e-12), f"running_var {rv}, want {want_v} (unbiased, in place)"


def test_eval_uses_running_stats_and_does_not_update():
    rng = np.random.default_rng(4)
    x = rng.normal(size=(4, 3)) * 5
    rm = np.array([1.0, -2.0, 0.0])
    rv = np.array([4.0, 0.25, 1.0])
    gamma = np.array([2.0, 1.0, 0.5])
    beta = np.array([0.0, 1.0, -1.0])
    out, _ = batchnorm_forward(x, gamma, beta, rm, rv, False, eps=1e-5)
    want = gamma * (x - [1.0, -2.0, 0.0]) / np.sqrt(np.array([4.0, 0.25, 1.0]) + 1e-5) + beta
    assert np.allclose(out, want, atol=1e-12), "eval must normalize with the running statistics"
    assert np.array_equal(rm, [1.0, -2.0, 0.0]) and np.array_equal(rv, [4.0, 0.25, 1.0]), "eval must not update"


def test_eval_output_of_one_row_does_not_depend_on_the_batch():
    rng = np.random.default_rng(5)
    x = rng.normal(size=(6, 2))
    rm, rv = np.array([0.3, -0.3]), np.array([2.0, 0.5])
    full, _ = batchnorm_forward(x, np.ones(2), np.zeros(2), rm, rv, False)
    one, _ = batchnorm_forward(x[:1], np.ones(2), np.zeros(2), rm, rv, False)
    assert np.allclose(full[:1], one, atol=1e-12)


def test_eps_is_added_to_the_variance():
    x = np.array([[0.0], [2.0]])  # biased variance 1
    out, _ = batchnorm_forward(x, np.ones(1), np.zeros(1), np.zeros(1), np.ones(1), True, eps=0.5)
    want = np.array([[-1.0], [1.0]]) / np.sqrt(1.5)
    assert np.allclose(out, want, atol=1e-12), f"got {out.ravel()}, want {want.ravel()}"


def test_dgamma_dbeta_formulas():
    rng = np.random.default_rng(6)
    x = rng.normal(size=(7, 3))
    gamma = np.array([1.5, -0.5, 2.0])
    out, cache = batchnorm_forward(x, gamma, np.zeros(3), np.zeros(3), np.ones(3), True)
    dout = rng.normal(size=(7, 3))
    _, dgamma, dbeta = batchnorm_backward(dout, cache)
    xhat = out / gamma
    assert np.allclose(dbeta, dout.sum(0), atol=1e-12), "dbeta is the batch sum of dout"
    assert np.allclose(dgamma, (dout * xhat).sum(0), atol=1e-12), "dgamma is the batch sum of dout * xhat"


def test_large_batch_backward_is_linear_in_n():
    # an (N, N) Jacobian for N = 200,000 would need 320 GB
    rng = np.random.default_rng(7)
    x = rng.normal(size=(200_000, 4))
    _, cache = batchnorm_forward(x, np.ones(4), np.zeros(4), np.zeros(4), np.ones(4), True)
    dout = rng.normal(size=(200_000, 4))
    dx, dgamma, dbeta = batchnorm_backward(dout, cache)
    assert np.asarray(dx).shape == (200_000, 4)
    assert np.allclose(np.asarray(dx).sum(0), 0.0, atol=1e-6)
    # shifting dout by a constant per column changes only dbeta, not dx
    dx2, _, _ = batchnorm_backward(dout + 3.0, cache)
    assert np.allclose(dx, dx2, atol=1e-9), "a constant upstream gradient must not reach dx"
