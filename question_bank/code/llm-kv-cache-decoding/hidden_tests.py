import time

import numpy as np

from solution import KVCache, attention_step


def setup(B, T, C, seed):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((B, T, C)).astype(np.float32)
    W_qkv = (rng.standard_normal((C, 3 * C)) / np.sqrt(C)).astype(np.float32)
    W_o = (rng.standard_normal((C, C)) / np.sqrt(C)).astype(np.float32)
    return x, W_qkv, W_o


def full_reference(x, W_qkv, W_o, n_heads):
    """Whole-sequence causal attention with torch's scaled_dot_product_attention."""
    import torch
    import torch.nn.functional as F

    B, T, C = x.shape
    q, k, v = (torch.from_numpy(x).double() @ torch.from_numpy(W_qkv).double()).split(C, -1)
    q, k, v = (a.view(B, T, n_heads, C // n_heads).transpose(1, 2) for a in (q, k, v))
    y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
    return (y.transpose(1, 2).reshape(B, T, C) @ torch.from_numpy(W_o).double()).numpy()


def test_append_returns_everything_cached_so_far():
    rng = np.random.default_rng(1)
    cache = KVCache(2, 3, 10, 4)
    k1, v1 = rng.standard_normal((2, 2, 3, 2, 4)).astype(np.float32)
    k2, v2 = rng.standard_normal((2, 2, 3, 3, 4)).astype(np.float32)
    K, V = cache.append(k1, v1)
    assert K.shape == (2, 3, 2, 4) and V.shape == (2, 3, 2, 4), f"shapes {K.shape}, {V.shape}"
    K, V = cache.append(k2, v2)
    assert K.shape == (2, 3, 5, 4), f"shape {K.shape}, want (2, 3, 5, 4)"
    assert np.array_equal(K, np.concatenate([k1, k2], axis=2)), "keys in the wrong place"
    assert np.array_equal(V, np.concatenate([v1, v2], axis=2)), "values in the wrong place"
    assert cache.len == 5


def test_append_past_max_T_raises():
    cache = KVCache(1, 2, 4, 3)
    block = np.ones((1, 2, 3, 3), np.float32)
    cache.append(block, block)
    cache.append(block[:, :, :1], block[:, :, :1])  # exactly full: allowed
    assert cache.len == 4
    try:
        cache.append(block[:, :, :1], block[:, :, :1])
    except Exception:
        pass
    else:
        raise AssertionError("appending a 5th position to a cache of max_T = 4 must raise")


def test_chunked_prefill_uses_absolute_positions():
    # chunks of 4, 3, 1 and 2 tokens: chunks after the first need the mask offset by cache.len
    x, W_qkv, W_o = setup(2, 10, 16, seed=2)
    cache = KVCache(2, 4, 16, 4)
    outs, start = [], 0
    for t in (4, 3, 1, 2):
        outs.append(attention_step(x[:, start : start + t], W_qkv, W_o, 4, cache))
        start += t
    got = np.concatenate(outs, axis=1)
    err = np.abs(got - full_reference(x, W_qkv, W_o, 4)).max()
    assert err < 1e-5, f"chunked prefill vs full attention: max abs difference {err:.3g}"


def test_decode_from_an_empty_cache_one_token_at_a_time():
    x, W_qkv, W_o = setup(3, 6, 8, seed=3)
    cache = KVCache(3, 2, 6, 4)
    got = np.concatenate(
        [attention_step(x[:, t : t + 1], W_qkv, W_o, 2, cache) for t in range(6)], 1
    )
    err = np.abs(got - full_reference(x, W_qkv, W_o, 2)).max()
    assert err < 1e-5, f"token-by-token decoding vs full attention: max abs difference {err:.3g}"


def test_prefill_alone_equals_full_attention():
    x, W_qkv, W_o = setup(2, 7, 12, seed=4)
    cache = KVCache(2, 3, 20, 4)
    got = attention_step(x, W_qkv, W_o, 3, cache)
    err = np.abs(got - full_reference(x, W_qkv, W_o, 3)).max()
    assert err < 1e-5, f"prefill vs full attention: max abs difference {err:.3g}"
    assert cache.len == 7


def test_separate_caches_do_not_share_state():
    x, W_qkv, W_o = setup(1, 4, 8, seed=5)
    a, b = KVCache(1, 2, 8, 4), KVCache(1, 2, 8, 4)
    attention_step(x, W_qkv, W_o, 2, a)
    assert b.len == 0, "a second cache must start empty"
    got = attention_step(x[:, :1], W_qkv, W_o, 2, b)
    want = attention_step(x[:, :1], W_qkv, W_o, 2, KVCache(1, 2, 8, 4))
    assert np.abs(got - want).max() < 1e-6


def test_appending_is_constant_time_per_step():
    # 4000 single-token appends: copying the whole cache at every step (concatenate) is
    # quadratic and takes seconds; writing into a preallocated buffer takes milliseconds
    n = 4000
    cache = KVCache(1, 4, n, 32)
    k = np.ones((1, 4, 1, 32), np.float32)
    began = time.perf_counter()
    for _ in range(n):
        K, _ = cache.append(k, k)
    took = time.perf_counter() - began
    assert K.shape == (1, 4, n, 32)
    assert took < 0.5, f"{n} appends took {took:.2f} s: the cache must not be copied per step"
