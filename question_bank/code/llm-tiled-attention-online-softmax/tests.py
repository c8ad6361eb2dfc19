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


def test_example_1_matches_plain_attention():
    rng = np.random.default_rng(0)
    q, k, v = rng.normal(size=(10, 4)), rng.normal(size=(7, 4)), rng.normal(size=(7, 3))
    out, lse = tiled_attention(q, k, v, block_size=3)
    want_out, want_lse = naive(q, k, v)
    assert out.shape == (10, 3) and lse.shape == (10,), f"shapes {out.shape}, {lse.shape}"
    assert np.allclose(out, want_out, atol=1e-10), f"max error {np.abs(out - want_out).max():.2e}"
    assert np.allclose(lse, want_lse, atol=1e-10), f"lse max error {np.abs(lse - want_lse).max():.2e}"


def test_example_2_causal_with_heads_and_a_ragged_last_block():
    rng = np.random.default_rng(1)
    q, k, v = (rng.normal(size=(2, 3, 11, 8)) for _ in range(3))
    out, lse = tiled_attention(q, k, v, block_size=4, causal=True)
    want_out, want_lse = naive(q, k, v, causal=True)
    assert out.shape == (2, 3, 11, 8), f"shape {out.shape}"
    assert np.allclose(out, want_out, atol=1e-10), f"max error {np.abs(out - want_out).max():.2e}"
    assert np.allclose(lse, want_lse, atol=1e-10), f"lse max error {np.abs(lse - want_lse).max():.2e}"


def test_example_3_block_size_does_not_change_the_result():
    rng = np.random.default_rng(2)
    q, k, v = (rng.normal(size=(16, 5)) for _ in range(3))
    results = [tiled_attention(q, k, v, block_size=b, causal=True)[0] for b in (1, 4, 16, 64)]
    for b, r in zip((4, 16, 64), results[1:]):
        assert np.allclose(r, results[0], atol=1e-12), f"block_size={b} differs from block_size=1"
