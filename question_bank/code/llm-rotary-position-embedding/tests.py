import numpy as np

from solution import apply_rope

D = 8


def rope_vec(v, pos):
    """Rotate one vector (D,) at one position."""
    return apply_rope(v.reshape(1, 1, 1, -1), np.array([pos]))[0, 0, 0]


def test_example_1_norms_are_unchanged():
    x = np.random.default_rng(0).standard_normal((2, 3, 6, D))
    out = apply_rope(x, np.arange(6))
    assert out.shape == x.shape, f"shape {out.shape}, want {x.shape}"
    err = np.abs(np.linalg.norm(out, axis=-1) - np.linalg.norm(x, axis=-1)).max()
    assert err < 1e-10, f"norms changed by up to {err:.3g}"


def test_example_2_position_0_is_the_identity():
    x = np.random.default_rng(1).standard_normal((2, 2, 1, D))
    out = apply_rope(x, np.array([0]))
    assert np.abs(out - x).max() < 1e-12, "position 0 must leave the vector unchanged"


def test_example_3_scores_depend_only_on_the_offset():
    rng = np.random.default_rng(2)
    q, k = rng.standard_normal(D), rng.standard_normal(D)

    def score(m, n):
        return float(rope_vec(q, m) @ rope_vec(k, n))

    assert abs(score(5, 2) - score(13, 10)) < 1e-9, f"{score(5, 2)} != {score(13, 10)}"
    assert abs(score(3, 3) - q @ k) < 1e-9, f"score(3, 3) = {score(3, 3)}, want <q, k>"
    assert abs(score(5, 2) - score(2, 5)) > 1e-3, "offsets +3 and -3 must give different scores"


def test_example_4_one_token_equals_its_slice_of_the_sequence():
    x = np.random.default_rng(3).standard_normal((2, 3, 7, D))
    full = apply_rope(x, np.arange(7))
    one = apply_rope(x[:, :, 4:5], np.array([4]))
    assert np.abs(one[:, :, 0] - full[:, :, 4]).max() < 1e-12


def test_example_5_equals_the_complex_number_form():
    x = np.random.default_rng(4).standard_normal((2, 3, 5, D))
    pos = np.arange(5)
    theta = 10000.0 ** (-2 * np.arange(D // 2) / D)
    z = (x[..., : D // 2] + 1j * x[..., D // 2 :]) * np.exp(1j * pos[:, None] * theta)
    want = np.concatenate([z.real, z.imag], axis=-1)
    err = np.abs(apply_rope(x, pos) - want).max()
    assert err < 1e-10, f"max difference from the complex form: {err:.3g}"
