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


def mha(x, W_qkv, W_o, n_heads, causal=True):
    """Reference multi-head attention: loop over batch rows and heads."""
    B, T, C = x.shape
    dh = C // n_heads
    out = np.zeros((B, T, C))
    for b in range(B):
        q, k, v = np.split(x[b] @ W_qkv, 3, axis=-1)
        y = np.zeros((T, C))
        for h in range(n_heads):
            sl = slice(h * dh, (h + 1) * dh)
            s = q[:, sl] @ k[:, sl].T / np.sqrt(dh)
            if causal:
                s = np.where(np.triu(np.ones((T, T), dtype=bool), 1), -np.inf, s)
            w = np.exp(s - s.max(-1, keepdims=True))
            y[:, sl] = (w / w.sum(-1, keepdims=True)) @ v[:, sl]
        out[b] = y @ W_o
    return out


def repeat_heads(W, n_kv_heads, g, consecutive=True):
    """(C, n_kv_heads * dh) -> (C, n_kv_heads * g * dh): each KV head's columns repeated."""
    blocks = np.split(W, n_kv_heads, axis=1)
    if consecutive:
        return np.concatenate([blk for blk in blocks for _ in range(g)], axis=1)  # k0 k0 k1 k1
    return np.concatenate(blocks * g, axis=1)  # tiled: k0 k1 k0 k1


def x_input(seed=0):
    return np.random.default_rng(seed + 50).standard_normal((2, 5, 16))


def test_example_1_equal_kv_heads_is_multi_head_attention():
    x = x_input()
    W_q, W_k, W_v, W_o = weights(16, 4, 4, seed=1)
    out = gqa(x, W_q, W_k, W_v, W_o, 4, 4)
    assert out.shape == (2, 5, 16), f"shape {out.shape}, want (2, 5, 16)"
    want = mha(x, np.concatenate([W_q, W_k, W_v], axis=1), W_o, 4)
    err = np.abs(out - want).max()
    assert err < 1e-5, f"max abs difference from causal MHA: {err:.3g}"


def test_example_2_two_kv_heads_equal_mha_with_repeated_kv_heads():
    x = x_input()
    W_q, W_k, W_v, W_o = weights(16, 4, 2, seed=2)
    out = gqa(x, W_q, W_k, W_v, W_o, 4, 2)
    W_qkv = np.concatenate([W_q, repeat_heads(W_k, 2, 2), repeat_heads(W_v, 2, 2)], axis=1)
    err = np.abs(out - mha(x, W_qkv, W_o, 4)).max()
    assert err < 1e-5, f"max abs difference from MHA with repeated KV heads: {err:.3g}"


def test_example_3_one_kv_head_is_multi_query_attention():
    x = x_input()
    W_q, W_k, W_v, W_o = weights(16, 4, 1, seed=3)
    out = gqa(x, W_q, W_k, W_v, W_o, 4, 1)
    W_qkv = np.concatenate([W_q, repeat_heads(W_k, 1, 4), repeat_heads(W_v, 1, 4)], axis=1)
    err = np.abs(out - mha(x, W_qkv, W_o, 4)).max()
    assert err < 1e-5, f"max abs difference from MHA with one shared KV head: {err:.3g}"


def test_example_4_kv_heads_repeat_consecutively_not_tiled():
    x = x_input()
    W_q, W_k, W_v, W_o = weights(16, 4, 2, seed=4)
    out = gqa(x, W_q, W_k, W_v, W_o, 4, 2)
    tiled = np.concatenate(
        [W_q, repeat_heads(W_k, 2, 2, consecutive=False), repeat_heads(W_v, 2, 2, False)], 1
    )
    assert np.abs(out - mha(x, tiled, W_o, 4)).max() > 1e-3, "query heads 0, 1 share KV head 0"
    W_qkv = np.concatenate([W_q, repeat_heads(W_k, 2, 2), repeat_heads(W_v, 2, 2)], axis=1)
    assert np.abs(out - mha(x, W_qkv, W_o, 4)).max() < 1e-5, "mapping must be h -> h // 2"
