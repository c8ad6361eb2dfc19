import torch
import torch.nn.functional as F

from solution import Block, CausalSelfAttention, TinyGPT, causal_attention


def module_reference(attn, x, n_heads):
    B, T, C = x.shape
    q, k, v = attn.qkv(x).split(C, dim=-1)
    q, k, v = (t.view(B, T, n_heads, C // n_heads).transpose(1, 2) for t in (q, k, v))
    y = F.scaled_dot_product_attention(q, k, v, is_causal=True).transpose(1, 2).reshape(B, T, C)
    return attn.proj(y)


def test_single_token_sequence_has_no_nan():
    torch.manual_seed(0)
    out = Block(16, 2).eval()(torch.randn(3, 1, 16))
    assert tuple(out.shape) == (3, 1, 16) and torch.isfinite(out).all(), "T = 1 must work without NaN"


def test_head_split_and_merge_for_several_head_counts():
    torch.manual_seed(1)
    x = torch.randn(2, 7, 24)
    for h in (1, 3, 6):
        attn = CausalSelfAttention(24, h).eval()
        with torch.no_grad():
            got, want = attn(x), module_reference(attn, x, h)
        assert torch.allclose(got, want, atol=1e-5), f"n_heads={h}: differs by {(got - want).abs().max():.2e}"


def test_attention_rows_are_distributions_over_past_keys():
    torch.manual_seed(2)
    q, k = torch.randn(1, 2, 6, 4) * 3, torch.randn(1, 2, 6, 4) * 3
    ones = causal_attention(q, k, torch.ones(1, 2, 6, 4))
    assert torch.allclose(ones, torch.ones_like(ones), atol=1e-6), "weights over keys must sum to 1"
    eye = torch.eye(6).expand(1, 2, 6, 6)  # v = one-hot of position: output row = attention weights
    w = causal_attention(torch.cat([q, q[..., :2]], -1), torch.cat([k, k[..., :2]], -1), eye)
    assert (w >= 0).all(), "attention weights must be non-negative"
    assert torch.all(w.triu(1) == 0), "a query must put zero weight on later keys"


def test_pre_layernorm_residual_layout():
    # with every parameter zero, both branches output 0 and a pre-LN block is the identity
    torch.manual_seed(3)
    blk = Block(16, 4)
    with torch.no_grad():
        for p in blk.parameters():
            p.zero_()
        x = torch.randn(2, 5, 16)
        out = blk(x)
    assert torch.allclose(out, x, atol=1e-6), "out must be x + attn(ln1(x)) + mlp(ln2(...)) (pre-LN residuals)"


def test_parameter_count_of_block():
    d = 32
    n = sum(p.numel() for p in Block(d, 4).parameters())
    want = 2 * (2 * d) + (3 * d * d + 3 * d) + (d * d + d) + (4 * d * d + 4 * d) + (4 * d * d + d)
    assert n == want, f"{n} parameters, want {want} (2 LayerNorms, qkv, proj, 4x MLP)"


def test_dropout_only_in_training_mode():
    torch.manual_seed(4)
    blk = Block(16, 2, dropout=0.5)
    plain = Block(16, 2, dropout=0.0)
    plain.load_state_dict(blk.state_dict())
    x = torch.randn(2, 6, 16)
    blk.eval()
    plain.eval()
    with torch.no_grad():
        assert torch.allclose(blk(x), plain(x), atol=1e-6), "dropout must be off in eval mode"
        blk.train()
        assert not torch.allclose(blk(x), blk(x)), "dropout must be active in training mode"


def test_gradients_reach_input_and_every_parameter():
    torch.manual_seed(5)
    blk = Block(16, 4)
    x = torch.randn(2, 4, 16, requires_grad=True)
    blk(x).pow(2).sum().backward()
    assert x.grad is not None and x.grad.abs().sum() > 0
    missing = [n for n, p in blk.named_parameters() if p.grad is None or p.grad.abs().sum() == 0]
    assert not missing, f"no gradient for {missing}"


def test_tiny_gpt_shapes_and_tied_head():
    torch.manual_seed(6)
    model = TinyGPT(11, 16, 2, 3, 8)
    logits = model(torch.randint(0, 11, (2, 5)))
    assert tuple(logits.shape) == (2, 5, 11), f"logits shape {tuple(logits.shape)}, want (2, 5, 11)"
    assert model.head.weight is model.tok.weight, "the output head must share the token embedding"
    assert model.head.bias is None, "the tied head has no bias"
    d, V, L, n = 16, 11, 8, 3
    block = 2 * (2 * d) + (3 * d * d + 3 * d) + (d * d + d) + (4 * d * d + 4 * d) + (4 * d * d + d)
    want = V * d + L * d + n * block + 2 * d
    got = sum(p.numel() for p in model.parameters())
    assert got == want, f"{got} parameters, want {want} (tied head counted once)"


def test_tiny_gpt_is_causal_end_to_end():
    torch.manual_seed(7)
    model = TinyGPT(13, 16, 4, 2, 10).eval()
    idx = torch.randint(0, 13, (2, 9))
    idx2 = idx.clone()
    idx2[:, 6:] = (idx2[:, 6:] + 1) % 13
    with torch.no_grad():
        a, b = model(idx), model(idx2)
    assert torch.allclose(a[:, :6], b[:, :6], atol=1e-5), "logits at t < 6 changed when tokens >= 6 did"
    assert not torch.allclose(a[:, 6:], b[:, 6:]), "later logits should see the change"
