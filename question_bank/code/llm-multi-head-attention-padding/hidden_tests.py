import numpy as np

from solution import MultiHeadAttention


def single_head(xb, Wq, Wk, Wv, blocked):
    q, k, v = xb @ Wq, xb @ Wk, xb @ Wv
    s = q @ k.T / np.sqrt(Wq.shape[1])
    out = np.zeros((xb.shape[0], Wv.shape[1]))
    for t in range(xb.shape[0]):
        keep = ~blocked[t]
        if keep.any():
            w = np.exp(s[t, keep] - s[t, keep].max())
            out[t] = (w / w.sum()) @ v[keep]
    return out


def per_head_loop(mha, x, key_padding_mask, causal, n_heads):
    W = mha.W_qkv.astype(np.float64)
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
        out[b] = np.concatenate(cols, axis=1) @ mha.W_o.astype(np.float64)
    return out


def setup(d_model, n_heads, B, T, seed):
    mha = MultiHeadAttention(d_model, n_heads, np.random.default_rng(seed))
    x = np.random.default_rng(seed + 1).standard_normal((B, T, d_model)).astype(np.float32)
    return mha, x


def test_many_heads_match_the_loop():
    # 4 heads of size 3, T != d_head: a bare reshape into heads mixes positions
    mha, x = setup(12, 4, 3, 7, seed=1)
    for causal in (False, True):
        err = np.abs(mha(x, causal=causal) - per_head_loop(mha, x, None, causal, 4)).max()
        assert err < 1e-5, f"causal={causal}: max abs difference {err:.3g}"


def test_random_padding_with_causal_mask():
    mha, x = setup(12, 3, 4, 6, seed=2)
    mask = np.random.default_rng(3).random((4, 6)) < 0.4
    mask[2, :] = False
    out = mha(x, key_padding_mask=mask, causal=True)
    assert np.isfinite(out).all(), "NaN or inf in the output"
    err = np.abs(out - per_head_loop(mha, x, mask, True, 3)).max()
    assert err < 1e-5, f"max abs difference from the per-head loop: {err:.3g}"


def test_all_padding_row_is_zero_and_others_unaffected():
    mha, x = setup(8, 2, 2, 4, seed=4)
    mask = np.zeros((2, 4), dtype=bool)
    mask[1] = True
    out = mha(x, key_padding_mask=mask)
    assert np.isfinite(out).all(), "NaN or inf in the output"
    assert np.abs(out[1]).max() == 0.0, "a row whose keys are all padding must be zeros"
    assert np.abs(out[0] - mha(x)[0]).max() < 1e-6, "row 0 must be unaffected"


def test_padding_masks_keys_not_queries():
    # padded positions still produce an output from the unpadded keys
    mha, x = setup(8, 2, 1, 5, seed=5)
    mask = np.array([[False, False, False, True, True]])
    out = mha(x, key_padding_mask=mask)
    assert np.abs(out[0, 3:]).max() > 1e-3, "padded queries still attend to real keys"
    err = np.abs(out - per_head_loop(mha, x, mask, False, 2)).max()
    assert err < 1e-5, f"max abs difference from the per-head loop: {err:.3g}"


def test_all_false_mask_equals_no_mask():
    mha, x = setup(8, 4, 2, 5, seed=6)
    out = mha(x, key_padding_mask=np.zeros((2, 5), dtype=bool), causal=True)
    assert np.abs(out - mha(x, causal=True)).max() < 1e-6


def test_matches_torch_sdpa_with_boolean_mask():
    import torch
    import torch.nn.functional as F

    mha, x = setup(16, 4, 3, 6, seed=7)
    mask = np.zeros((3, 6), dtype=bool)
    mask[0, 4:] = True  # right padding: key 0 is always visible, no row fully blocked
    mask[2, 5:] = True
    out = mha(x, key_padding_mask=mask, causal=True)
    W = torch.from_numpy(mha.W_qkv).double()
    q, k, v = (torch.from_numpy(x).double() @ W).split(16, dim=-1)
    q, k, v = (t.view(3, 6, 4, 4).transpose(1, 2) for t in (q, k, v))
    allowed = ~torch.from_numpy(mask)[:, None, None, :] & torch.ones(6, 6).tril().bool()
    y = F.scaled_dot_product_attention(q, k, v, attn_mask=allowed)
    want = (y.transpose(1, 2).reshape(3, 6, 16) @ torch.from_numpy(mha.W_o).double()).numpy()
    err = np.abs(out - want).max()
    assert err < 1e-5, f"max abs difference from F.scaled_dot_product_attention: {err:.3g}"


def test_single_token():
    mha, x = setup(6, 3, 2, 1, seed=8)
    out = mha(x, causal=True)
    assert out.shape == (2, 1, 6)
    v = x[:, 0].astype(np.float64) @ mha.W_qkv[:, 12:].astype(np.float64)
    err = np.abs(out[:, 0] - v @ mha.W_o).max()
    assert err < 1e-5, f"a single token attends to itself only: error {err:.3g}"
