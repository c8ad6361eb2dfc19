import numpy as np

from solution import causal_self_attention


def make(B=2, T=6, C=8, d=4, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((B, T, C)).astype(np.float32)
    Wq, Wk, Wv = ((rng.standard_normal((C, d)) / np.sqrt(C)).astype(np.float32) for _ in range(3))
    return x, Wq, Wk, Wv


def loop_reference(x, Wq, Wk, Wv):
    """Slow float64 reference: for each (b, t), attend to keys 0..t only."""
    x, Wq, Wk, Wv = (a.astype(np.float64) for a in (x, Wq, Wk, Wv))
    B, T, _ = x.shape
    d = Wq.shape[1]
    out = np.zeros((B, T, d))
    for b in range(B):
        for t in range(T):
            q = x[b, t] @ Wq
            keys = x[b, : t + 1] @ Wk
            values = x[b, : t + 1] @ Wv
            s = keys @ q / np.sqrt(d)
            w = np.exp(s - s.max())
            out[b, t] = (w / w.sum()) @ values
    return out


def test_example_1_shape_and_dtype():
    x, Wq, Wk, Wv = make()
    out = causal_self_attention(x, Wq, Wk, Wv)
    assert out.shape == (2, 6, 4), f"shape {out.shape}, want (2, 6, 4)"
    assert out.dtype == np.float32, f"dtype {out.dtype}, want float32"


def test_example_2_matches_loop_reference():
    x, Wq, Wk, Wv = make()
    out = causal_self_attention(x, Wq, Wk, Wv)
    want = loop_reference(x, Wq, Wk, Wv)
    err = np.abs(out - want).max()
    assert err < 1e-5, f"max abs difference from the loop reference: {err:.3g}"


def test_example_3_future_tokens_do_not_change_the_past():
    x, Wq, Wk, Wv = make()
    out = causal_self_attention(x, Wq, Wk, Wv)
    x2 = x.copy()
    x2[:, 4:] = np.random.default_rng(1).standard_normal(x2[:, 4:].shape).astype(np.float32)
    out2 = causal_self_attention(x2, Wq, Wk, Wv)
    err = np.abs(out2[:, :4] - out[:, :4]).max()
    assert err < 1e-6, f"changing x[:, 4:] moved out[:, :4] by {err:.3g}"
    assert np.abs(out2[:, 4:] - out[:, 4:]).max() > 1e-3, "out[:, 4:] should depend on x[:, 4:]"


def test_example_4_first_token_attends_only_to_itself():
    x, Wq, Wk, Wv = make()
    out = causal_self_attention(x, Wq, Wk, Wv)
    want = x[:, 0].astype(np.float64) @ Wv.astype(np.float64)
    err = np.abs(out[:, 0] - want).max()
    assert err < 1e-5, f"out[:, 0] differs from x[:, 0] @ Wv by {err:.3g}"
