import torch
import torch.nn.functional as F

from solution import SelfAttention


def reference(layer, x, n_heads):
    B, T, C = x.shape
    q, k, v = layer.qkv(x).chunk(3, dim=-1)
    q, k, v = (t.reshape(B, T, n_heads, C // n_heads).transpose(1, 2) for t in (q, k, v))
    y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
    return layer.out(y.transpose(1, 2).reshape(B, T, C))


def test_mask_follows_the_input_device():
    # the 'meta' device stands in for a GPU: a mask built on the CPU cannot meet it
    layer = SelfAttention(16, 4).to("meta")
    try:
        out = layer(torch.empty(2, 5, 16, device="meta"))
    except RuntimeError as e:
        raise AssertionError(f"the layer fails for an input off the CPU ('meta' stands in for a GPU): {e}") from e
    assert out.device.type == "meta" and tuple(out.shape) == (2, 5, 16)


def test_head_split_and_merge_with_other_head_counts():
    torch.manual_seed(4)
    x = torch.randn(2, 9, 16)
    for h in (1, 2, 8):
        layer = SelfAttention(16, h)
        with torch.no_grad():
            got, want = layer(x), reference(layer, x, h)
        assert torch.allclose(got, want, atol=1e-5), f"n_heads={h}: differs by {(got - want).abs().max():.2e}"


def test_scale_is_one_over_sqrt_dk():
    # one head, q = k = v = x, identity output: the weights are softmax(x x^T / sqrt(dk)) under the mask
    torch.manual_seed(5)
    C = 16
    layer = SelfAttention(C, 1)
    with torch.no_grad():
        layer.qkv.weight.copy_(torch.eye(C).repeat(3, 1))
        layer.qkv.bias.zero_()
        layer.out.weight.copy_(torch.eye(C))
        layer.out.bias.zero_()
        x = torch.randn(1, 4, C)
        got = layer(x)[0]
        s = (x[0] @ x[0].T) / 4.0  # sqrt(16) = 4
        s = s.masked_fill(~torch.ones(4, 4, dtype=torch.bool).tril(), float("-inf"))
        want = s.softmax(-1) @ x[0]
    assert torch.allclose(got, want, atol=1e-5), "scores must be divided by sqrt(d_k)"


def test_examples_in_a_batch_are_independent():
    torch.manual_seed(6)
    layer = SelfAttention(16, 4)
    x = torch.randn(4, 5, 16)
    with torch.no_grad():
        batch = layer(x)
        single = torch.cat([layer(x[i : i + 1]) for i in range(4)])
    assert torch.allclose(batch, single, atol=1e-5), "an example's output depends on the rest of the batch"


def test_backward_is_finite():
    torch.manual_seed(7)
    layer = SelfAttention(8, 2)
    x = torch.randn(2, 6, 8, requires_grad=True)
    layer(x).pow(2).sum().backward()
    assert torch.isfinite(x.grad).all(), "gradient wrt x has NaN/inf"
    assert all(torch.isfinite(p.grad).all() for p in layer.parameters()), "parameter gradients have NaN/inf"
