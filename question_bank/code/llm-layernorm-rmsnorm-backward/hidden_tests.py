import math

import numpy as np

from solution import layernorm_backward, layernorm_forward, rmsnorm_backward, rmsnorm_forward


def test_layernorm_matches_torch_autograd():
    import torch
    import torch.nn.functional as F

    rng = np.random.default_rng(10)
    x = 2.0 * rng.standard_normal((6, 10)) - 0.5
    g, b, G = rng.standard_normal(10), rng.standard_normal(10), rng.standard_normal((6, 10))
    y, cache = layernorm_forward(x, g, b)
    dx, dg, db = layernorm_backward(G, cache)
    xt, gt, bt = (torch.tensor(a, requires_grad=True) for a in (x, g, b))
    yt = F.layer_norm(xt, (10,), gt, bt, eps=1e-5)
    (yt * torch.from_numpy(G)).sum().backward()
    for name, got, want in (
        ("y", y, yt.detach()), ("dx", dx, xt.grad), ("dg", dg, gt.grad), ("db", db, bt.grad),
    ):  # fmt: skip
        err = np.abs(np.asarray(got) - want.numpy()).max()
        assert err < 1e-9, f"{name}: max difference from torch {err:.3g}"


def test_rmsnorm_matches_torch_autograd():
    import torch

    rng = np.random.default_rng(11)
    x = 2.0 * rng.standard_normal((5, 9)) + 0.3
    g, G = rng.standard_normal(9), rng.standard_normal((5, 9))
    y, cache = rmsnorm_forward(x, g)
    dx, dg = rmsnorm_backward(G, cache)
    xt, gt = torch.tensor(x, requires_grad=True), torch.tensor(g, requires_grad=True)
    yt = gt * xt / torch.sqrt((xt * xt).mean(-1, keepdim=True) + 1e-6)
    (yt * torch.from_numpy(G)).sum().backward()
    for name, got, want in (("y", y, yt.detach()), ("dx", dx, xt.grad), ("dg", dg, gt.grad)):
        err = np.abs(np.asarray(got) - want.numpy()).max()
        assert err < 1e-9, f"{name}: max difference from torch {err:.3g}"


def test_layernorm_forward_values():
    x = np.array([[1.0, 2.0, 3.0, 4.0]])
    g, b = np.array([1.0, 2.0, -1.0, 0.5]), np.array([0.0, 0.1, 0.2, 0.3])
    y, _ = layernorm_forward(x, g, b)
    xhat = (x[0] - 2.5) / math.sqrt(1.25 + 1e-5)  # biased variance 1.25, eps inside the sqrt
    assert np.abs(y[0] - (g * xhat + b)).max() < 1e-12, f"got {y[0]}"
    y, _ = layernorm_forward(x, g, b, eps=0.75)  # eps is a parameter
    xhat = (x[0] - 2.5) / math.sqrt(1.25 + 0.75)
    assert np.abs(y[0] - (g * xhat + b)).max() < 1e-12, f"eps=0.75: got {y[0]}"


def test_rmsnorm_forward_values_and_no_centring():
    x = np.array([[3.0, 4.0], [10.0, 10.0]])
    g = np.array([2.0, -1.0])
    y, _ = rmsnorm_forward(x, g)
    r0, r1 = math.sqrt(12.5 + 1e-6), math.sqrt(100.0 + 1e-6)
    want = np.array([[6.0 / r0, -4.0 / r0], [20.0 / r1, -10.0 / r1]])
    assert np.abs(y - want).max() < 1e-12, f"got {y}, want {want}"


def test_constant_rows_have_finite_gradients():
    rng = np.random.default_rng(12)
    x = np.vstack([np.full(6, -1.5), rng.standard_normal(6)])
    g, b, G = rng.standard_normal(6), rng.standard_normal(6), rng.standard_normal((2, 6))
    _, cache = layernorm_forward(x, g, b)
    dx, dg, db = layernorm_backward(G, cache)
    for name, a in (("dx", dx), ("dg", dg), ("db", db)):
        assert np.isfinite(a).all(), f"{name} has NaN or inf for a constant row"
    # the constant row sits at the centre: dx = rstd * (dxhat - mean(dxhat)), rstd = eps^-1/2
    dxhat = G[0] * g
    want = (dxhat - dxhat.mean()) / math.sqrt(1e-5)
    assert np.abs(dx[0] - want).max() < 1e-6 * np.abs(want).max(), f"dx[0] = {dx[0]}"
    _, cache = rmsnorm_forward(np.zeros((1, 6)), g)
    dx, dg = rmsnorm_backward(G[:1], cache)
    assert np.isfinite(dx).all() and np.isfinite(dg).all(), "RMSNorm of a zero row: NaN"


def test_single_row_and_many_rows():
    rng = np.random.default_rng(13)
    for N, D in ((1, 5), (30, 3)):
        x, G = rng.standard_normal((N, D)), rng.standard_normal((N, D))
        g, b = rng.standard_normal(D), rng.standard_normal(D)
        _, cache = layernorm_forward(x, g, b)
        dx, dg, db = layernorm_backward(G, cache)
        assert np.shape(dx) == (N, D) and np.shape(dg) == (D,) and np.shape(db) == (D,)
        assert np.abs(db - G.sum(0)).max() < 1e-12, "db is the sum of dy over rows"
        _, cache = rmsnorm_forward(x, g)
        dx, dg = rmsnorm_backward(G, cache)
        assert np.shape(dx) == (N, D) and np.shape(dg) == (D,)
