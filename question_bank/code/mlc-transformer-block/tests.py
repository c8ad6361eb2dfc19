import torch
import torch.nn.functional as F

from solution import Block, CausalSelfAttention, TinyGPT, causal_attention


def test_example_output_shape_equals_input_shape():
    torch.manual_seed(0)
    out = Block(32, 4)(torch.randn(2, 5, 32))
    assert tuple(out.shape) == (2, 5, 32), f"shape {tuple(out.shape)}, want (2, 5, 32)"


def test_example_causality_in_eval_mode():
    torch.manual_seed(1)
    blk = Block(32, 4, dropout=0.1).eval()
    x = torch.randn(2, 5, 32)
    x2 = x.clone()
    x2[:, 3:] = torch.randn_like(x2[:, 3:])
    with torch.no_grad():
        a, b = blk(x), blk(x2)
    assert torch.allclose(a[:, :3], b[:, :3], atol=1e-6), "changing x[:, 3:] changed out[:, :3]"
    assert not torch.allclose(a[:, 3:], b[:, 3:]), "later positions should see the change"


def test_example_attention_matches_scaled_dot_product_attention():
    torch.manual_seed(2)
    q, k, v = (torch.randn(2, 4, 6, 8) for _ in range(3))
    got = causal_attention(q, k, v)
    want = F.scaled_dot_product_attention(q, k, v, is_causal=True)
    assert torch.allclose(got, want, atol=1e-5), f"max difference {(got - want).abs().max():.2e}"
    # the module: qkv -> split heads -> causal attention -> merge heads -> proj
    attn = CausalSelfAttention(32, 4).eval()
    x = torch.randn(2, 5, 32)
    with torch.no_grad():
        q, k, v = attn.qkv(x).split(32, dim=-1)
        q, k, v = (t.view(2, 5, 4, 8).transpose(1, 2) for t in (q, k, v))
        y = F.scaled_dot_product_attention(q, k, v, is_causal=True).transpose(1, 2).reshape(2, 5, 32)
        want = attn.proj(y)
        got = attn(x)
    assert torch.allclose(got, want, atol=1e-5), f"module output differs by {(got - want).abs().max():.2e}"


def adam(params, compute_loss, steps, lr, b1=0.9, b2=0.999, eps=1e-8):
    """A few lines of Adam, so the test does not pay for importing torch.optim."""
    m = [torch.zeros_like(p) for p in params]
    v = [torch.zeros_like(p) for p in params]
    for t in range(1, steps + 1):
        for p in params:
            p.grad = None
        loss = compute_loss()
        loss.backward()
        with torch.no_grad():
            for p, mp, vp in zip(params, m, v):
                mp.mul_(b1).add_(p.grad, alpha=1 - b1)
                vp.mul_(b2).addcmul_(p.grad, p.grad, value=1 - b2)
                p -= lr * (mp / (1 - b1**t)) / ((vp / (1 - b2**t)).sqrt() + eps)
    return loss


def test_example_tiny_gpt_overfits_a_sequence():
    torch.manual_seed(3)
    seq = torch.randint(0, 16, (1, 33))
    x, y = seq[:, :-1], seq[:, 1:]  # 32 tokens, next-token targets
    model = TinyGPT(16, 32, 4, 2, 32)
    loss = adam(list(model.parameters()), lambda: F.cross_entropy(model(x).reshape(-1, 16), y.reshape(-1)), 100, 3e-3)
    assert loss.item() < 0.1, f"next-token loss after 100 steps is {loss.item():.4f}, want close to 0"
