import numpy as np

from solution import LoRALinear


def setup(d_in=6, d_out=5, r=2, alpha=4.0, seed=0):
    rng = np.random.default_rng(seed)
    W = rng.standard_normal((d_out, d_in))
    b = rng.standard_normal(d_out)
    layer = LoRALinear(W.copy(), b.copy(), r=r, alpha=alpha, rng=np.random.default_rng(seed + 1))
    return layer, W, b


def test_initial_shapes_B_zero_and_A_random():
    layer, _, _ = setup(d_in=7, d_out=4, r=3)
    assert layer.A.shape == (3, 7), f"A shape {layer.A.shape}, want (r, d_in) = (3, 7)"
    assert layer.B.shape == (4, 3), f"B shape {layer.B.shape}, want (d_out, r) = (4, 3)"
    assert np.all(layer.B == 0), "B must start at zero"
    assert np.abs(layer.A).max() > 0, "A must start random, or dB stays zero"


def test_gradient_of_B_is_nonzero_at_initialisation():
    # B = 0 makes the update zero, but learning must still start
    layer, _, _ = setup()
    x = np.random.default_rng(2).standard_normal((4, 6))
    G = np.random.default_rng(3).standard_normal((4, 5))
    dA, dB, _ = layer.backward(x, G)
    assert np.abs(dB).max() > 1e-6, "dB must be non-zero at initialisation"
    assert np.abs(dA).max() == 0, "dA is zero while B = 0"


def test_update_is_scaled_by_alpha_over_r():
    layer, W, b = setup(r=3, alpha=12.0)  # scale 4
    assert abs(layer.scale - 4.0) < 1e-12, f"scale {layer.scale}, want alpha / r = 4"
    rng = np.random.default_rng(4)
    layer.A = rng.standard_normal(layer.A.shape)
    layer.B = rng.standard_normal(layer.B.shape)
    x = rng.standard_normal((2, 6))
    want = x @ W.T + b + 4.0 * x @ layer.A.T @ layer.B.T
    err = np.abs(layer.forward(x) - want).max()
    assert err < 1e-10, f"forward with scale = alpha / r: error {err:.3g}"


def test_merge_twice_and_unmerge_twice_are_idempotent():
    layer, W, _ = setup()
    layer.B = np.random.default_rng(5).standard_normal(layer.B.shape)
    x = np.random.default_rng(6).standard_normal((3, 6))
    want = layer.forward(x)
    layer.merge()
    layer.merge()
    err = np.abs(layer.forward(x) - want).max()
    assert err < 1e-8, f"merging twice must not add the update twice (error {err:.3g})"
    layer.unmerge()
    layer.unmerge()
    assert np.abs(layer.W - W).max() < 1e-12, "unmerging twice must not subtract it twice"
    assert np.abs(layer.forward(x) - want).max() < 1e-8


def test_unmerge_without_merge_changes_nothing():
    layer, W, _ = setup()
    layer.B = np.random.default_rng(7).standard_normal(layer.B.shape)
    layer.unmerge()
    assert np.abs(layer.W - W).max() == 0, "unmerge before any merge must be a no-op"


def test_merged_weight_equals_W_plus_scaled_BA():
    layer, W, _ = setup(r=2, alpha=4.0)
    rng = np.random.default_rng(8)
    layer.A = rng.standard_normal(layer.A.shape)
    layer.B = rng.standard_normal(layer.B.shape)
    layer.merge()
    err = np.abs(layer.W - (W + 2.0 * layer.B @ layer.A)).max()
    assert err < 1e-12, f"merged W must be W + (alpha / r) B A (error {err:.3g})"


def test_any_number_of_leading_dimensions():
    layer, _, _ = setup()
    rng = np.random.default_rng(9)
    layer.B = rng.standard_normal(layer.B.shape)
    x1 = rng.standard_normal(6)
    assert layer.forward(x1).shape == (5,), "a single vector (d_in,) -> (d_out,)"
    x4 = rng.standard_normal((2, 3, 2, 6))
    G4 = rng.standard_normal((2, 3, 2, 5))
    y4 = layer.forward(x4)
    assert y4.shape == (2, 3, 2, 5), f"shape {y4.shape}, want (2, 3, 2, 5)"
    dA, dB, dx = layer.backward(x4, G4)
    fA, fB, fx = layer.backward(x4.reshape(12, 6), G4.reshape(12, 5))
    assert dx.shape == x4.shape, f"dx shape {dx.shape}, want {x4.shape}"
    assert np.abs(dA - fA).max() < 1e-10 and np.abs(dB - fB).max() < 1e-10
    assert np.abs(dx.reshape(12, 6) - fx).max() < 1e-10


def test_dx_includes_the_frozen_base_path():
    layer, W, _ = setup()
    rng = np.random.default_rng(10)
    layer.B = rng.standard_normal(layer.B.shape)
    x = rng.standard_normal((4, 6))
    G = rng.standard_normal((4, 5))
    _, _, dx = layer.backward(x, G)
    want = G @ (W + layer.scale * layer.B @ layer.A)
    err = np.abs(dx - want).max()
    assert err < 1e-10, f"dx = G (W + scale B A): error {err:.3g}"
