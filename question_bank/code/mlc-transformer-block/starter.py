import torch
import torch.nn as nn


def causal_attention(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
    """Causal scaled dot-product attention on (B, h, T, d_k) tensors -> (B, h, T, d_k):
    softmax over keys of q k^T / sqrt(d_k), where query i may only attend to keys j <= i.
    Built from tensor ops (no F.scaled_dot_product_attention); works on any device."""
    raise NotImplementedError


class CausalSelfAttention(nn.Module):
    """Multi-head causal self-attention, d_model % n_heads == 0.

    Attributes: `qkv` = nn.Linear(d_model, 3 * d_model), whose output splits along the last dim
    into q, k, v in that order, each then split into n_heads heads of size d_model // n_heads;
    `proj` = nn.Linear(d_model, d_model) applied after merging the heads. Dropout on the
    attention weights and on the output, active only in training mode.
    """

    def __init__(self, d_model: int, n_heads: int, dropout: float = 0.0) -> None:
        super().__init__()
        raise NotImplementedError

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """(B, T, d_model) -> (B, T, d_model)."""
        raise NotImplementedError


class Block(nn.Module):
    """Pre-LayerNorm GPT block: x = x + attn(ln1(x)); x = x + mlp(ln2(x)), where the MLP is
    Linear(d, mlp_ratio * d) -> GELU -> Linear(mlp_ratio * d, d) -> Dropout."""

    def __init__(self, d_model: int, n_heads: int, mlp_ratio: int = 4, dropout: float = 0.0) -> None:
        super().__init__()
        raise NotImplementedError

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """(B, T, d_model) -> (B, T, d_model)."""
        raise NotImplementedError


class TinyGPT(nn.Module):
    """A decoder-only language model built from `Block`s.

    Attributes: `tok` = nn.Embedding(vocab_size, d_model); `pos` = nn.Embedding(max_len, d_model),
    learned positions; `blocks`, n_layers Blocks applied in order; `ln_f` = nn.LayerNorm(d_model);
    `head` = nn.Linear(d_model, vocab_size, bias=False) whose weight IS `tok.weight` (tied).
    """

    def __init__(
        self, vocab_size: int, d_model: int, n_heads: int, n_layers: int, max_len: int, dropout: float = 0.0
    ) -> None:
        super().__init__()
        raise NotImplementedError

    def forward(self, idx: torch.Tensor) -> torch.Tensor:
        """idx (B, T) int64 token ids, T <= max_len -> logits (B, T, vocab_size)."""
        raise NotImplementedError
