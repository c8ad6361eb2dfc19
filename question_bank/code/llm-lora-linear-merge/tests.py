import numpy as np

from solution import LoRALinear


def setup(seed=0):
    rng = np.random.default_rng(seed)
    W = rng.standard_normal((5, 6))
    b = rng.standard_normal(5)
    layer = LoRALinear(W.copy(), b.copy(), r=2, alpha=4, rng=np.random.default_rng(seed + 1))
    x = rng.standard_normal((3, 4, 6))
    return layer, W, b, x


def test_example_1_starts_equal_to_the_base_layer():
    layer, W, b, x = setup()
    y = layer.forward(x)
    assert y.shape == (3, 4, 5), f"shape {y.shape}, want (3, 4, 5)"
    err = np.abs(y - (x @ W.T + b)).max()
    assert err < 1e-12, f"before training the layer must equal x @ W.T + b (error {err:.3g})"


def test_example_2_merge_and_unmerge_agree_with_forward():
    layer, W, b, x = setup()
    layer.B = np.random.default_rng(5).standard_normal(layer.B.shape)
    before = layer.forward(x)
    assert np.abs(before - (x @ W.T + b)).max() > 1e-3, "with B != 0 the update must show"
    layer.merge()
    merged = layer.forward(x)
    layer.unmerge()
    after = layer.forward(x)
    err = max(np.abs(merged - before).max(), np.abs(after - before).max())
    assert err < 1e-8, f"forward before/after merge/after unmerge differ by {err:.3g}"
    err = np.abs(layer.W - W).max()
    assert err < 1e-12, f"unmerge must restore the original W (error {err:.3g})"


def test_example_3_gradients_match_finite_differences():
    layer, _, _, x = setup()
    rng = np.random.default_rng(6)
    layer.B = rng.standard_normal(layer.B.shape)
    G = rng.standard_normal((3, 4, 5))
    dA, dB, dx = layer.backward(x, G)

    def numeric(array, loss):
        grad = np.zeros_like(array)
        for i in np.ndindex(array.shape):
            old = array[i]
            array[i] = old + 1e-6
            plus = loss()
            array[i] = old - 1e-6
            minus = loss()
            array[i] = old
            grad[i] = (plus - minus) / 2e-6
        return grad

    def loss():
        return float(np.sum(layer.forward(x) * G))

    for name, got, want in (
        ("dA", dA, numeric(layer.A, loss)),
        ("dB", dB, numeric(layer.B, loss)),
        ("dx", dx, numeric(x, loss)),
    ):
        assert got.shape == want.shape, f"{name}: shape {got.shape}, want {want.shape}"
        err = np.abs(got - want).max()
        assert err < 1e-6, f"{name}: max difference from finite differences {err:.3g}"
