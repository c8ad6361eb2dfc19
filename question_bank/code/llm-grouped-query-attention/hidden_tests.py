import numpy as np

from solution import gqa


def weights(C, n_heads, n_kv_heads, seed):
    rng = np.random.default_rng(seed)
    dh = C // n_heads
    s = C**-0.5
    W_q, W_o = s * rng.standard_normal((C, C)), s * rng.standard_normal((C, C))
    W_k = s * rng.standard_normal((C, n_kv_heads * dh))
    W_v = s * rng.standard_normal((C, n_kv_heads * dh))
    return W_q, W_k, W_v, W_o


def loop_reference(x, W_q, W_k, W_v, W_o, n_heads, n_kv_heads, causal=True):
    """Per batch row and query head, using KV head h // g directly."""
    B, T, C = x.shape
    dh, g = C // n_heads, n_heads // n_kv_heads
    out = np.zeros((B, T, C))
    for b in range(B):
        q, k, v = x[b] @ W_q, x[b] @ W_k, x[b] @ W_v
        y = np.zeros((T, C))
        for h in range(n_heads):
            j = h // g
            qh, kh, vh = (
                q[:, h * dh : (h + 1) * dh],
                k[:, j * dh : (j + 1) * dh],
                v[:, j * dh : (j + 1) * dh],
            )
            for t in range(T):
                last = t + 1 if causal else T
                s = kh[:last] @ qh[t] / np.sqrt(dh)
                w = np.exp(s - s.max())
                y[t, h * dh : (h + 1) * dh] = (w / w.sum()) @ vh[:last]
        out[b] = y @ W_o
    return out


def test_matches_torch_sdpa_with_enable_gqa():
    import torch
    import torch.nn.functional as F

    B, T, C, H, Hkv = 2, 7, 24, 6, 2
    x = np.random.default_rng(1).standard_normal((B, T, C))
    W_q, W_k, W_v, W_o = weights(C, H, Hkv, seed=2)
    out = gqa(x, W_q, W_k, W_v, W_o, H, Hkv)
    xt = torch.from_numpy(x)
    q = (xt @ torch.from_numpy(W_q)).view(B, T, H, 4).transpose(1, 2)
    k = (xt @ torch.from_numpy(W_k)).view(B, T, Hkv, 4).transpose(1, 2)
    v = (xt @ torch.from_numpy(W_v)).view(B, T, Hkv, 4).transpose(1, 2)
    y = F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=True)
    want = (y.transpose(1, 2).reshape(B, T, C) @ torch.from_numpy(W_o)).numpy()
    err = np.abs(out - want).max()
    assert err < 1e-5, f"max abs difference from F.scaled_dot_product_attention: {err:.3g}"


def test_non_causal():
    x = np.random.default_rng(3).standard_normal((2, 6, 16))
    W_q, W_k, W_v, W_o = weights(16, 4, 2, seed=4)
    out = gqa(x, W_q, W_k, W_v, W_o, 4, 2, causal=False)
    want = loop_reference(x, W_q, W_k, W_v, W_o, 4, 2, causal=False)
    err = np.abs(out - want).max()
    assert err < 1e-5, f"causal=False: max abs difference {err:.3g}"
    causal = gqa(x, W_q, W_k, W_v, W_o, 4, 2)
    assert np.abs(causal[:, :-1] - out[:, :-1]).max() > 1e-3, "causal=False must see the future"


def test_larger_groups_and_odd_sizes():
    for B, T, C, H, Hkv, seed in ((3, 7, 24, 6, 3, 5), (1, 9, 32, 8, 2, 6), (2, 4, 12, 3, 1, 7)):
        x = np.random.default_rng(seed).standard_normal((B, T, C))
        W = weights(C, H, Hkv, seed=seed + 10)
        err = np.abs(gqa(x, *W, H, Hkv) - loop_reference(x, *W, H, Hkv)).max()
        assert err < 1e-5, f"H={H}, Hkv={Hkv}, C={C}: max abs difference {err:.3g}"


def test_future_tokens_do_not_change_the_past():
    x = np.random.default_rng(8).standard_normal((2, 8, 16))
    W = weights(16, 4, 2, seed=9)
    out = gqa(x, *W, 4, 2)
    x2 = x.copy()
    x2[:, 5:] = 10.0
    err = np.abs(gqa(x2, *W, 4, 2)[:, :5] - out[:, :5]).max()
    assert err < 1e-5, f"changing x[:, 5:] moved out[:, :5] by {err:.3g}"


def test_single_token_returns_its_value_heads():
    x = np.random.default_rng(10).standard_normal((3, 1, 16))
    W_q, W_k, W_v, W_o = weights(16, 4, 2, seed=11)
    out = gqa(x, W_q, W_k, W_v, W_o, 4, 2)
    assert out.shape == (3, 1, 16)
    v = x[:, 0] @ W_v  # (3, 2 * 4): KV heads 0 and 1
    heads = np.concatenate([v[:, 0:4], v[:, 0:4], v[:, 4:8], v[:, 4:8]], axis=1)
    err = np.abs(out[:, 0] - heads @ W_o).max()
    assert err < 1e-5, (
        f"one token: query heads 0, 1 get KV head 0, heads 2, 3 KV head 1 ({err:.3g})"
    )
