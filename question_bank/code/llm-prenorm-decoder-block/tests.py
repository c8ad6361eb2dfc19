import math

import numpy as np

from solution import decoder_block, gelu, init_block, layer_norm


def setup(seed=0):
    rng = np.random.default_rng(seed)
    p = init_block(16, rng, n_layers=2)
    x = np.random.default_rng(seed + 1).standard_normal((2, 7, 16)).astype(np.float32)
    return x, p


def test_example_1_shape_and_dtype():
    x, p = setup()
    out = decoder_block(x, p, 4)
    assert out.shape == x.shape, f"shape {out.shape}, want {x.shape}"
    assert out.dtype == np.float32, f"dtype {out.dtype}, want float32"


def test_example_2_future_tokens_do_not_change_the_past():
    x, p = setup()
    out = decoder_block(x, p, 4)
    x2 = x.copy()
    x2[:, 5:] = np.random.default_rng(9).standard_normal((2, 2, 16)).astype(np.float32)
    out2 = decoder_block(x2, p, 4)
    err = np.abs(out2[:, :5] - out[:, :5]).max()
    assert err < 1e-6, f"changing x[:, 5:] moved out[:, :5] by {err:.3g}"


def test_example_3_zero_output_projections_give_the_identity():
    x, p = setup()
    p = dict(p, W_o=np.zeros_like(p["W_o"]), W_2=np.zeros_like(p["W_2"]))
    p["b_2"] = np.zeros_like(p["b_2"])
    out = decoder_block(x, p, 4)
    assert np.array_equal(out, x), "with W_o = W_2 = 0 and b_2 = 0 the block must return x"


def test_example_4_layer_norm_rows_have_mean_0_and_std_1():
    x = 3.0 * np.random.default_rng(2).standard_normal((5, 16)) + 2.0
    y = layer_norm(x, np.ones(16), np.zeros(16))
    assert np.abs(y.mean(-1)).max() < 1e-6, f"row means {y.mean(-1)}"
    assert np.abs(y.std(-1) - 1.0).max() < 1e-3, f"row stds {y.std(-1)}"


def test_example_5_gelu_close_to_the_erf_form():
    for v in (-3.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0, 3.0):
        want = 0.5 * v * (1.0 + math.erf(v / math.sqrt(2.0)))
        got = float(gelu(np.array([v]))[0])
        assert abs(got - want) < 1e-3, f"gelu({v}) = {got}, want {want}"
