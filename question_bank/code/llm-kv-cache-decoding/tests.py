import numpy as np

from solution import KVCache, attention_step


def setup(B=2, T=8, C=12, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((B, T, C)).astype(np.float32)
    W_qkv = (rng.standard_normal((C, 3 * C)) / np.sqrt(C)).astype(np.float32)
    W_o = (rng.standard_normal((C, C)) / np.sqrt(C)).astype(np.float32)
    return x, W_qkv, W_o


def full_causal_mha(x, W_qkv, W_o, n_heads):
    """Reference over the whole sequence at once: per head, per position, keys 0..t."""
    x, W_qkv, W_o = (a.astype(np.float64) for a in (x, W_qkv, W_o))
    B, T, C = x.shape
    dh = C // n_heads
    out = np.zeros((B, T, C))
    for b in range(B):
        q, k, v = np.split(x[b] @ W_qkv, 3, axis=-1)
        y = np.zeros((T, C))
        for h in range(n_heads):
            sl = slice(h * dh, (h + 1) * dh)
            for t in range(T):
                s = k[: t + 1, sl] @ q[t, sl] / np.sqrt(dh)
                w = np.exp(s - s.max())
                y[t, sl] = (w / w.sum()) @ v[: t + 1, sl]
        out[b] = y @ W_o
    return out


def test_example_1_prefill_then_three_decode_steps_equal_full_attention():
    x, W_qkv, W_o = setup()
    cache = KVCache(2, 3, 8, 4)
    outs = [attention_step(x[:, :5], W_qkv, W_o, 3, cache)]
    for t in range(5, 8):
        outs.append(attention_step(x[:, t : t + 1], W_qkv, W_o, 3, cache))
    got = np.concatenate(outs, axis=1)
    assert got.shape == (2, 8, 12), f"shape {got.shape}, want (2, 8, 12)"
    err = np.abs(got - full_causal_mha(x, W_qkv, W_o, 3)).max()
    assert err < 1e-5, f"incremental vs full attention: max abs difference {err:.3g}"


def test_example_2_cache_length_counts_every_position():
    x, W_qkv, W_o = setup()
    cache = KVCache(2, 3, 8, 4)
    assert cache.len == 0, f"a new cache has len {cache.len}, want 0"
    attention_step(x[:, :5], W_qkv, W_o, 3, cache)
    assert cache.len == 5, f"after the prefill len is {cache.len}, want 5"
    for t in range(5, 8):
        attention_step(x[:, t : t + 1], W_qkv, W_o, 3, cache)
    assert cache.len == 8, f"after 3 decode steps len is {cache.len}, want 8"
