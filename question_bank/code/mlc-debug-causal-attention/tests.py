import torch
import torch.nn.functional as F

from solution import SelfAttention


def reference(layer, x, n_heads):
    """The same layer computed with F.scaled_dot_product_attention."""
    B, T, C = x.shape
    q, k, v = layer.qkv(x).chunk(3, dim=-1)
    q, k, v = (t.reshape(B, T, n_heads, C // n_heads).transpose(1, 2) for t in (q, k, v))
    y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
    return layer.out(y.transpose(1, 2).reshape(B, T, C))


def test_example_shape_and_no_nan_for_every_length():
    torch.manual_seed(0)
    layer = SelfAttention(16, 4)
    for T in range(1, 7):
        out = layer(torch.randn(2, T, 16))
        assert tuple(out.shape) == (2, T, 16), f"T={T}: shape {tuple(out.shape)}, want (2, {T}, 16)"
        assert torch.isfinite(out).all(), f"T={T}: output contains NaN/inf"


def test_example_weights_are_distributions_over_past_keys():
    # one head, v = x, out = identity, x_t = one-hot(t): output row t is query t's weights
    torch.manual_seed(1)
    T = C = 8
    layer = SelfAttention(C, 1)
    with torch.no_grad():
        layer.qkv.weight[2 * C :] = torch.eye(C)
        layer.qkv.bias[2 * C :] = 0.0
        layer.out.weight.copy_(torch.eye(C))
        layer.out.bias.zero_()
        w = layer(torch.eye(T).unsqueeze(0))[0]  # (T queries, T keys)
    assert (w >= -1e-7).all(), "attention weights must be non-negative"
    assert torch.allclose(w.sum(-1), torch.ones(T), atol=1e-5), f"weights sum to {w.sum(-1).tolist()} over keys"
    assert torch.all(w.triu(1).abs() < 1e-7), "a query must put zero weight on later keys"


def test_example_causality():
    torch.manual_seed(2)
    layer = SelfAttention(16, 4)
    x = torch.randn(2, 6, 16)
    for t in range(5):
        x2 = x.clone()
        x2[:, t + 1 :] = torch.randn_like(x2[:, t + 1 :])
        with torch.no_grad():
            a, b = layer(x), layer(x2)
        assert torch.allclose(a[:, : t + 1], b[:, : t + 1], atol=1e-5), f"changing x[:, {t + 1}:] changed out[:, :{t + 1}]"


def test_example_matches_scaled_dot_product_attention():
    torch.manual_seed(3)
    layer = SelfAttention(32, 4)
    x = torch.randn(3, 7, 32)
    with torch.no_grad():
        got, want = layer(x), reference(layer, x, 4)
    assert torch.allclose(got, want, atol=1e-5), f"differs from the fused kernel by {(got - want).abs().max():.2e}"
