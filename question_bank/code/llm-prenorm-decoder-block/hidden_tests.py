import math

import numpy as np

from solution import decoder_block, gelu, init_block, layer_norm


def random_params(C, seed, std=0.3):
    rng = np.random.default_rng(seed)

    def n(*shape, s=std):
        return rng.normal(0.0, s, shape).astype(np.float32)

    return {
        "ln1_g": 1.0 + n(C), "ln1_b": n(C), "ln2_g": 1.0 + n(C), "ln2_b": n(C),
        "W_qkv": n(C, 3 * C), "W_o": n(C, C), "W_1": n(C, 4 * C), "b_1": n(4 * C),
        "W_2": n(4 * C, C), "b_2": n(C),
    }  # fmt: skip


def gelu_exact(v):
    return 0.5 * v * (1.0 + np.vectorize(math.erf)(v / math.sqrt(2.0)))


def gelu_tanh(v):
    return 0.5 * v * (1.0 + np.tanh(math.sqrt(2.0 / math.pi) * (v + 0.044715 * v**3)))


def ln(x, g, b):
    return g * (x - x.mean(-1, keepdims=True)) / np.sqrt(x.var(-1, keepdims=True) + 1e-5) + b


def close_to_either(out, refs, tol):
    errs = [np.abs(out - r).max() for r in refs]
    return min(errs) < tol, errs


def test_matches_torch_reference():
    import torch
    import torch.nn.functional as F

    B, T, C, H = 2, 6, 12, 3
    p = random_params(C, seed=1)
    x = np.random.default_rng(2).standard_normal((B, T, C)).astype(np.float32)
    out = decoder_block(x, p, H)
    t = {k: torch.from_numpy(v).double() for k, v in p.items()}
    xt = torch.from_numpy(x).double()
    refs = []
    for approximate in ("tanh", "none"):
        h = F.layer_norm(xt, (C,), t["ln1_g"], t["ln1_b"], eps=1e-5)
        q, k, v = (h @ t["W_qkv"]).split(C, dim=-1)
        q, k, v = (a.view(B, T, H, C // H).transpose(1, 2) for a in (q, k, v))
        y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        r = xt + y.transpose(1, 2).reshape(B, T, C) @ t["W_o"]
        h = F.layer_norm(r, (C,), t["ln2_g"], t["ln2_b"], eps=1e-5)
        r = r + F.gelu(h @ t["W_1"] + t["b_1"], approximate=approximate) @ t["W_2"] + t["b_2"]
        refs.append(r.numpy())
    ok, errs = close_to_either(out, refs, 1e-4)
    assert ok, f"max abs difference from a torch reference (tanh GELU, erf GELU): {errs}"


def test_mlp_sublayer_alone():
    # W_qkv = 0 makes q = k = v = 0, so the attention branch adds exactly nothing
    C = 8
    p = random_params(C, seed=3)
    p["W_qkv"] = np.zeros_like(p["W_qkv"])
    x = np.random.default_rng(4).standard_normal((2, 5, C)).astype(np.float32)
    out = decoder_block(x, p, 2)
    xd = x.astype(np.float64)
    h = ln(xd, p["ln2_g"], p["ln2_b"]) @ p["W_1"] + p["b_1"]
    refs = [xd + f(h) @ p["W_2"] + p["b_2"] for f in (gelu_tanh, gelu_exact)]
    ok, errs = close_to_either(out, refs, 1e-4)
    assert ok, f"x + MLP(LN2(x)) expected when attention adds 0: errors {errs}"


def test_attention_sublayer_alone():
    # W_2 = 0, b_2 = 0: the block is x + Attn(LN1(x)); compare with a per-head loop
    C, H, T = 12, 4, 5
    p = random_params(C, seed=5)
    p["W_2"] = np.zeros_like(p["W_2"])
    p["b_2"] = np.zeros_like(p["b_2"])
    x = np.random.default_rng(6).standard_normal((2, T, C)).astype(np.float32)
    out = decoder_block(x, p, H)
    dh = C // H
    want = x.astype(np.float64).copy()
    for b in range(2):
        h = ln(x[b].astype(np.float64), p["ln1_g"], p["ln1_b"])
        cols = []
        for i in range(H):
            sl = slice(i * dh, (i + 1) * dh)
            q = h @ p["W_qkv"][:, :C][:, sl]
            k = h @ p["W_qkv"][:, C : 2 * C][:, sl]
            v = h @ p["W_qkv"][:, 2 * C :][:, sl]
            y = np.zeros((T, dh))
            for t in range(T):
                s = k[: t + 1] @ q[t] / math.sqrt(dh)
                w = np.exp(s - s.max())
                y[t] = (w / w.sum()) @ v[: t + 1]
            cols.append(y)
        want[b] += np.concatenate(cols, axis=1) @ p["W_o"]
    err = np.abs(out - want).max()
    assert err < 1e-4, f"x + Attn(LN1(x)) expected (per-head loop): max abs difference {err:.3g}"


def test_layer_norm_uses_biased_variance_and_eps_inside_the_sqrt():
    y = layer_norm(np.array([[1.0, 2.0, 3.0, 4.0]]), np.ones(4), np.zeros(4))
    want = (np.array([1.0, 2.0, 3.0, 4.0]) - 2.5) / math.sqrt(1.25 + 1e-5)  # biased var 1.25
    assert np.abs(y[0] - want).max() < 1e-6, f"got {y[0]}, want {want}"
    # tiny variance: eps dominates, so the output is far from +-1
    y = layer_norm(np.array([[0.0, 1e-3]]), np.ones(2), np.zeros(2))
    want = np.array([-5e-4, 5e-4]) / math.sqrt(2.5e-7 + 1e-5)
    assert np.abs(y[0] - want).max() < 1e-4, f"got {y[0]}, want {want} (eps inside the sqrt)"


def test_layer_norm_gain_bias_and_constant_rows():
    g = np.array([2.0, -1.0, 0.5])
    b = np.array([0.1, 0.2, 0.3])
    y = layer_norm(np.array([[5.0, 5.0, 5.0], [0.0, 3.0, 6.0]]), g, b)
    assert np.isfinite(y).all(), "a constant row must not give NaN"
    assert np.abs(y[0] - b).max() < 1e-6, f"a constant row must give b, got {y[0]}"
    xhat = np.array([-3.0, 0.0, 3.0]) / math.sqrt(6.0 + 1e-5)
    assert np.abs(y[1] - (g * xhat + b)).max() < 1e-6, f"got {y[1]}"


def test_gelu_vectorised_on_arrays():
    v = np.linspace(-5, 5, 41).reshape(1, 41).astype(np.float32)
    got = gelu(v)
    assert got.shape == v.shape, f"shape {got.shape}, want {v.shape}"
    err = np.abs(got - gelu_exact(v.astype(np.float64))).max()
    assert err < 1e-3, f"max error {err:.3g} against the erf form"


def test_init_block_shapes_and_scales():
    C, L = 64, 8
    p = init_block(C, np.random.default_rng(7), n_layers=L)
    shapes = {
        "ln1_g": (C,), "ln1_b": (C,), "ln2_g": (C,), "ln2_b": (C,), "W_qkv": (C, 3 * C),
        "W_o": (C, C), "W_1": (C, 4 * C), "b_1": (4 * C,), "W_2": (4 * C, C), "b_2": (C,),
    }  # fmt: skip
    for k, shape in shapes.items():
        assert k in p, f"missing parameter {k}"
        assert p[k].shape == shape, f"{k}: shape {p[k].shape}, want {shape}"
        assert p[k].dtype == np.float32, f"{k}: dtype {p[k].dtype}, want float32"
    for k in ("ln1_g", "ln2_g"):
        assert np.all(p[k] == 1.0), f"{k} must be ones"
    for k in ("ln1_b", "ln2_b", "b_1", "b_2"):
        assert np.all(p[k] == 0.0), f"{k} must be zeros"
    resid = 0.02 / math.sqrt(2 * L)
    for k, std in (("W_qkv", 0.02), ("W_1", 0.02), ("W_o", resid), ("W_2", resid)):
        got = float(p[k].std())
        assert abs(got - std) < 0.1 * std, f"{k}: std {got:.4g}, want {std:.4g}"
        assert abs(float(p[k].mean())) < 0.1 * std, f"{k}: mean must be about 0"
