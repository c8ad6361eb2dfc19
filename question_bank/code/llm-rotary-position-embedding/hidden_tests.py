import math

import numpy as np

from solution import apply_rope


def test_half_split_pairing_and_frequencies():
    # unit vector on dimension i moves to dims i (cos) and i + D/2 (sin), angle p * theta_i
    D, p = 8, 3
    for i in range(D // 2):
        e = np.zeros((1, 1, 1, D))
        e[..., i] = 1.0
        out = apply_rope(e, np.array([p]))[0, 0, 0]
        theta = 10000.0 ** (-2 * i / D)
        want = np.zeros(D)
        want[i], want[i + D // 2] = math.cos(p * theta), math.sin(p * theta)
        assert np.abs(out - want).max() < 1e-12, f"e_{i} at position {p}: {out}, want {want}"
    # the second half of a pair rotates the other way: (0, 1) -> (-sin, cos)
    e = np.zeros((1, 1, 1, D))
    e[..., D // 2] = 1.0
    out = apply_rope(e, np.array([p]))[0, 0, 0]
    assert abs(out[0] + math.sin(p)) < 1e-12 and abs(out[D // 2] - math.cos(p)) < 1e-12


def test_custom_base():
    # base 100, D = 4: theta = (1, 0.1)
    x = np.ones((1, 1, 1, 4))
    out = apply_rope(x, np.array([2]), base=100.0)[0, 0, 0]
    c0, s0, c1, s1 = math.cos(2), math.sin(2), math.cos(0.2), math.sin(0.2)
    want = np.array([c0 - s0, c1 - s1, s0 + c0, s1 + c1])
    assert np.abs(out - want).max() < 1e-12, f"got {out}, want {want}"


def test_dtype_is_kept():
    x = np.random.default_rng(5).standard_normal((2, 2, 4, 6))
    for dtype in (np.float32, np.float64):
        out = apply_rope(x.astype(dtype), np.arange(4))
        assert out.dtype == dtype, f"{dtype.__name__} in, {out.dtype} out"
    err = np.abs(apply_rope(x.astype(np.float32), np.arange(4)) - apply_rope(x, np.arange(4)))
    assert err.max() < 1e-5, f"float32 result off by {err.max():.3g}"


def test_offset_positions_for_decoding():
    x = np.random.default_rng(6).standard_normal((1, 2, 12, 8))
    full = apply_rope(x, np.arange(12))
    chunk = apply_rope(x[:, :, 7:10], np.arange(7, 10))
    assert np.abs(chunk - full[:, :, 7:10]).max() < 1e-12


def test_every_batch_and_head_rotated_the_same_way():
    x = np.random.default_rng(7).standard_normal((2, 3, 5, 6))
    pos = np.array([3, 0, 11, 4, 4])  # positions need not be sorted or distinct
    out = apply_rope(x, pos)
    for b in range(2):
        for h in range(3):
            for t in range(5):
                one = apply_rope(x[b, h, t].reshape(1, 1, 1, 6), pos[t : t + 1])[0, 0, 0]
                assert np.abs(out[b, h, t] - one).max() < 1e-12, f"(b, h, t) = ({b}, {h}, {t})"


def test_relative_property_over_many_offsets_and_large_positions():
    rng = np.random.default_rng(8)
    D = 16
    q, k = rng.standard_normal(D), rng.standard_normal(D)

    def rot(v, p):
        return apply_rope(v.reshape(1, 1, 1, D), np.array([p]))[0, 0, 0]

    for m, n, shift in ((0, 7, 1000), (9, 2, 4096), (30, 30, 50000)):
        s1 = rot(q, m) @ rot(k, n)
        s2 = rot(q, m + shift) @ rot(k, n + shift)
        assert abs(s1 - s2) < 1e-6, f"score({m}, {n}) = {s1}, shifted by {shift}: {s2}"
