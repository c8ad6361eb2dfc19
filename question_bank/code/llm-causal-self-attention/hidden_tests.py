import numpy as np

from solution import causal_self_attention


def make(B, T, C, d, seed, scale=1.0):
    rng = np.random.default_rng(seed)
    x = (scale * rng.standard_normal((B, T, C))).astype(np.float32)
    Wq, Wk, Wv = ((rng.standard_normal((C, d)) / np.sqrt(C)).astype(np.float32) for _ in range(3))
    return x, Wq, Wk, Wv


def loop_reference(x, Wq, Wk, Wv):
    x, Wq, Wk, Wv = (a.astype(np.float64) for a in (x, Wq, Wk, Wv))
    B, T, _ = x.shape
    d = Wq.shape[1]
    out = np.zeros((B, T, d))
    for b in range(B):
        for t in range(T):
            s = (x[b, : t + 1] @ Wk) @ (x[b, t] @ Wq) / np.sqrt(d)
            w = np.exp(s - s.max())
            out[b, t] = (w / w.sum()) @ (x[b, : t + 1] @ Wv)
    return out


def test_single_token_sequence():
    x, Wq, Wk, Wv = make(3, 1, 5, 7, seed=2)
    out = causal_self_attention(x, Wq, Wk, Wv)
    assert out.shape == (3, 1, 7), f"shape {out.shape}, want (3, 1, 7)"
    err = np.abs(out[:, 0] - x[:, 0].astype(np.float64) @ Wv).max()
    assert err < 1e-5, f"with T = 1 the output must be x @ Wv (error {err:.3g})"


def test_matches_torch_scaled_dot_product_attention():
    import torch
    import torch.nn.functional as F

    x, Wq, Wk, Wv = make(3, 9, 5, 7, seed=3)  # C != d and T != d: catches transposes
    out = causal_self_attention(x, Wq, Wk, Wv)
    xt = torch.from_numpy(x).double()
    q, k, v = (xt @ torch.from_numpy(W).double() for W in (Wq, Wk, Wv))
    want = F.scaled_dot_product_attention(q, k, v, is_causal=True).numpy()
    err = np.abs(out - want).max()
    assert err < 1e-4, f"max abs difference from F.scaled_dot_product_attention: {err:.3g}"


def test_zero_queries_give_running_mean_of_values():
    # with Wq = 0 every score is 0, so position t averages the values of positions 0..t
    x, _, Wk, Wv = make(2, 5, 4, 3, seed=4)
    Wq = np.zeros_like(Wk)
    out = causal_self_attention(x, Wq, Wk, Wv)
    v = x.astype(np.float64) @ Wv
    want = np.cumsum(v, axis=1) / np.arange(1, 6)[None, :, None]
    err = np.abs(out - want).max()
    assert err < 1e-5, f"uniform weights over 0..t expected (error {err:.3g})"


def test_large_logits_stay_finite():
    # inputs scaled so that scores reach magnitude ~1e3 and more
    x, Wq, Wk, Wv = make(2, 6, 8, 4, seed=5, scale=30.0)
    out = causal_self_attention(x, Wq, Wk, Wv)
    assert np.isfinite(out).all(), "inf or NaN with large logits: subtract the row max"
    want = loop_reference(x, Wq, Wk, Wv)
    err = np.abs(out - want).max() / max(1.0, np.abs(want).max())
    assert err < 1e-4, f"relative error {err:.3g} against the loop reference"


def test_batch_rows_are_independent():
    x, Wq, Wk, Wv = make(3, 6, 8, 4, seed=6)
    out = causal_self_attention(x, Wq, Wk, Wv)
    x2 = x.copy()
    x2[1] = -x2[1]
    out2 = causal_self_attention(x2, Wq, Wk, Wv)
    assert np.abs(out2[[0, 2]] - out[[0, 2]]).max() < 1e-6, "batch rows must not interact"


def test_larger_sizes_match_reference():
    x, Wq, Wk, Wv = make(4, 32, 16, 8, seed=7)
    out = causal_self_attention(x, Wq, Wk, Wv)
    assert out.dtype == np.float32, f"dtype {out.dtype}, want float32"
    err = np.abs(out - loop_reference(x, Wq, Wk, Wv)).max()
    assert err < 1e-5, f"max abs difference from the loop reference: {err:.3g}"
