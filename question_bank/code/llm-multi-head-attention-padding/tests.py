import numpy as np

from solution import MultiHeadAttention


def setup(d_model=8, n_heads=2, B=2, T=5, seed=0):
    rng = np.random.default_rng(seed)
    mha = MultiHeadAttention(d_model, n_heads, rng)
    x = np.random.default_rng(seed + 100).standard_normal((B, T, d_model)).astype(np.float32)
    return mha, x


def single_head(xb, Wq, Wk, Wv, blocked):
    """One sequence, one head, float64; blocked: (T, T) bool. Fully blocked rows give 0."""
    q, k, v = xb @ Wq, xb @ Wk, xb @ Wv
    s = q @ k.T / np.sqrt(Wq.shape[1])
    out = np.zeros((xb.shape[0], Wv.shape[1]))
    for t in range(xb.shape[0]):
        keep = ~blocked[t]
        if keep.any():
            w = np.exp(s[t, keep] - s[t, keep].max())
            out[t] = (w / w.sum()) @ v[keep]
    return out


def per_head_loop(mha, x, key_padding_mask=None, causal=False, n_heads=2):
    """Slices the weights per head, runs single-head attention, concatenates, applies W_o."""
    W = mha.W_qkv.astype(np.float64)
    Wo = mha.W_o.astype(np.float64)
    B, T, C = x.shape
    dh = C // n_heads
    out = np.zeros((B, T, C))
    for b in range(B):
        blocked = np.zeros((T, T), dtype=bool)
        if key_padding_mask is not None:
            blocked |= key_padding_mask[b][None, :]
        if causal:
            blocked |= np.triu(np.ones((T, T), dtype=bool), 1)
        cols = []
        for h in range(n_heads):
            sl = slice(h * dh, (h + 1) * dh)
            Wq, Wk, Wv = W[:, :C][:, sl], W[:, C : 2 * C][:, sl], W[:, 2 * C :][:, sl]
            cols.append(single_head(x[b].astype(np.float64), Wq, Wk, Wv, blocked))
        out[b] = np.concatenate(cols, axis=1) @ Wo
    return out


def test_example_1_matches_per_head_loop():
    mha, x = setup()
    assert mha.W_qkv.shape == (8, 24) and mha.W_o.shape == (8, 8), "weight shapes"
    out = mha(x)
    assert out.shape == (2, 5, 8), f"shape {out.shape}, want (2, 5, 8)"
    err = np.abs(out - per_head_loop(mha, x)).max()
    assert err < 1e-5, f"max abs difference from the per-head loop: {err:.3g}"


def test_example_2_one_head_causal_is_single_head_attention_then_W_o():
    mha, x = setup(n_heads=1)
    out = mha(x, causal=True)
    W = mha.W_qkv.astype(np.float64)
    causal = np.triu(np.ones((5, 5), dtype=bool), 1)
    for b in range(2):
        y = single_head(x[b].astype(np.float64), W[:, :8], W[:, 8:16], W[:, 16:], causal)
        want = y @ mha.W_o.astype(np.float64)
        err = np.abs(out[b] - want).max()
        assert err < 1e-5, f"batch row {b}: max abs difference {err:.3g}"


def test_example_3_padded_keys_are_ignored():
    mha, x = setup()
    mask = np.zeros((2, 5), dtype=bool)
    mask[0, 3:] = True
    out = mha(x, key_padding_mask=mask)
    x2 = x.copy()
    x2[0, 3:] = 100.0 * np.random.default_rng(7).standard_normal((2, 8)).astype(np.float32)
    out2 = mha(x2, key_padding_mask=mask)
    err = np.abs(out2[0, :3] - out[0, :3]).max()
    assert err < 1e-5, f"changing padded tokens moved out[0, :3] by {err:.3g}"
    assert np.abs(out2[1] - out[1]).max() < 1e-6, "batch row 1 must be unaffected"
    err = np.abs(out[1] - mha(x)[1]).max()
    assert err < 1e-6, f"row 1 has no padding: it must equal the unmasked output ({err:.3g})"


def test_example_4_fully_blocked_queries_give_zeros_not_nan():
    mha, x = setup()
    mask = np.zeros((2, 5), dtype=bool)
    mask[0, :2] = True  # left padding
    out = mha(x, key_padding_mask=mask, causal=True)
    assert not np.isnan(out).any(), "NaN in the output"
    assert np.abs(out[0, :2]).max() == 0.0, f"out[0, :2] must be zeros, got {out[0, :2]}"
    err = np.abs(out - per_head_loop(mha, x, mask, causal=True)).max()
    assert err < 1e-5, f"max abs difference from the per-head loop: {err:.3g}"
