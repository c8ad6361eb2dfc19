import tracemalloc

import numpy as np

from solution import tiled_attention


def naive(q, k, v, causal=False):
    s = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if causal:
        T = s.shape[-1]
        s = np.where(np.tril(np.ones((T, T), dtype=bool)), s, -np.inf)
    m = s.max(-1, keepdims=True)
    e = np.exp(s - m)
    return e @ v / e.sum(-1, keepdims=True), (m + np.log(e.sum(-1, keepdims=True)))[..., 0]


def test_one_token():
    q, k, v = np.array([[2.0]]), np.array([[3.0]]), np.array([[5.0, -1.0]])
    out, lse = tiled_attention(q, k, v, block_size=8, causal=True)
    assert np.allclose(out, [[5.0, -1.0]]) and np.allclose(lse, [6.0]), (out, lse)


def test_first_causal_query_sees_only_itself():
    rng = np.random.default_rng(3)
    q, k, v = (rng.normal(size=(9, 4)) for _ in range(3))
    out, _ = tiled_attention(q, k, v, block_size=4, causal=True)
    assert np.allclose(out[0], v[0]), "query 0 may only attend to key 0"


def test_huge_scores_stay_finite():
    # scores near +-900: exp without the running max overflows to inf
    rng = np.random.default_rng(4)
    q = rng.normal(size=(12, 4)) * 30
    k = rng.normal(size=(12, 4)) * 30
    v = rng.normal(size=(12, 2))
    out, lse = tiled_attention(q, k, v, block_size=5, causal=True)
    want_out, want_lse = naive(q, k, v, causal=True)
    assert np.isfinite(out).all() and np.isfinite(lse).all(), "overflow: subtract the running max"
    assert np.allclose(out, want_out, atol=1e-9) and np.allclose(lse, want_lse, rtol=1e-12)


def test_block_larger_than_the_sequence():
    rng = np.random.default_rng(5)
    q, k, v = (rng.normal(size=(1, 6, 3)) for _ in range(3))
    out, lse = tiled_attention(q, k, v, block_size=100)
    want_out, want_lse = naive(q, k, v)
    assert np.allclose(out, want_out) and np.allclose(lse, want_lse)


def test_float32_in_float32_out():
    rng = np.random.default_rng(6)
    q, k, v = (rng.normal(size=(20, 8)).astype(np.float32) for _ in range(3))
    out, lse = tiled_attention(q, k, v, block_size=8, causal=True)
    assert out.dtype == np.float32 and lse.dtype == np.float32, (out.dtype, lse.dtype)
    want_out, _ = naive(q.astype(np.float64), k.astype(np.float64), v.astype(np.float64), causal=True)
    assert np.allclose(out, want_out, atol=1e-5)


def test_memory_stays_at_the_size_of_a_few_tiles():
    # numpy reports its buffers to tracemalloc: the full 4096 x 4096 float64 score matrix would
    # take 134 MB, one 128 x 128 tile 131 kB
    T, d, block = 4096, 16, 128
    rng = np.random.default_rng(7)
    q, k, v = (rng.normal(size=(T, d)) for _ in range(3))
    tracemalloc.start()
    try:
        out, lse = tiled_attention(q, k, v, block_size=block, causal=True)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    allowed = out.nbytes + lse.nbytes + 16 * block * block * 8
    assert peak <= allowed, f"peak {peak / 1e6:.1f} MB, allowed {allowed / 1e6:.1f} MB (16 tiles)"
    for i in (0, 1, 127, 128, 3000, T - 1):
        s = k[: i + 1] @ q[i] / np.sqrt(d)
        w = np.exp(s - s.max())
        assert np.allclose(out[i], w @ v[: i + 1] / w.sum()), f"row {i}"
        assert np.isclose(lse[i], s.max() + np.log(w.sum())), f"lse of row {i}"
