import math

import torch
import torch.nn as nn


def causal_attention(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
    """Causal scaled dot-product attention on (B, h, T, d_k) tensors -> (B, h, T, d_k):
    softmax over keys of q k^T / sqrt(d_k), where query i may only attend to keys j <= i.
    Built from tensor ops (no F.scaled_dot_product_attention); works on any device."""
    return _attention_weights(q, k) @ v


def _attention_weights(q: torch.Tensor, k: torch.Tensor) -> torch.Tensor:
    T = q.size(-2)
    att = (q @ k.transpose(-2, -1)) / math.sqrt(q.size(-1))  # (B, h, T, T)
    causal = torch.ones(T, T, dtype=torch.bool, device=q.device).tril()
    att = att.masked_fill(~causal, float("-inf"))  # key j > query i is hidden
    return att.softmax(dim=-1)  # normalize over keys; the diagonal keeps every row finite


class CausalSelfAttention(nn.Module):
    """Multi-head causal self-attention, d_model % n_heads == 0.

    Attributes: `qkv` = nn.Linear(d_model, 3 * d_model), whose output splits along the last dim
    into q, k, v in that order, each then split into n_heads heads of size d_model // n_heads;
    `proj` = nn.Linear(d_model, d_model) applied after merging the heads. Dropout on the
    attention weights and on the output, active only in training mode.
    """

    def __init__(self, d_model: int, n_heads: int, dropout: float = 0.0) -> None:
        super().__init__()
        assert d_model % n_heads == 0, "d_model must be divisible by n_heads"
        self.h, self.dk = n_heads, d_model // n_heads
        self.qkv = nn.Linear(d_model, 3 * d_model)
        self.proj = nn.Linear(d_model, d_model)
        self.attn_drop = nn.Dropout(dropout)
        self.resid_drop = nn.Dropout(dropout)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """(B, T, d_model) -> (B, T, d_model)."""
        B, T, C = x.shape
        q, k, v = self.qkv(x).split(C, dim=-1)  # 3 x (B, T, C)
        q, k, v = (t.view(B, T, self.h, self.dk).transpose(1, 2) for t in (q, k, v))  # (B, h, T, dk)
        att = self.attn_drop(_attention_weights(q, k))  # (B, h, T, T)
        y = (att @ v).transpose(1, 2).contiguous().view(B, T, C)  # merge heads
        return self.resid_drop(self.proj(y))


class Block(nn.Module):
    """Pre-LayerNorm GPT block: x = x + attn(ln1(x)); x = x + mlp(ln2(x)), where the MLP is
    Linear(d, mlp_ratio * d) -> GELU -> Linear(mlp_ratio * d, d) -> Dropout."""

    def __init__(self, d_model: int, n_heads: int, mlp_ratio: int = 4, dropout: float = 0.0) -> None:
        super().__init__()
        self.ln1 = nn.LayerNorm(d_model)
        self.attn = CausalSelfAttention(d_model, n_heads, dropout)
        self.ln2 = nn.LayerNorm(d_model)
        self.mlp = nn.Sequential(
            nn.Linear(d_model, mlp_ratio * d_model),
            nn.GELU(),
            nn.Linear(mlp_ratio * d_model, d_model),
            nn.Dropout(dropout),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """(B, T, d_model) -> (B, T, d_model)."""
        x = x + self.attn(self.ln1(x))  # residual 1
        return x + self.mlp(self.ln2(x))  # residual 2


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
        self.tok = nn.Embedding(vocab_size, d_model)
        self.pos = nn.Embedding(max_len, d_model)
        self.drop = nn.Dropout(dropout)
        self.blocks = nn.Sequential(*(Block(d_model, n_heads, dropout=dropout) for _ in range(n_layers)))
        self.ln_f = nn.LayerNorm(d_model)
        self.head = nn.Linear(d_model, vocab_size, bias=False)
        self.head.weight = self.tok.weight  # tied: one (vocab, d) matrix reads and writes tokens

    def forward(self, idx: torch.Tensor) -> torch.Tensor:
        """idx (B, T) int64 token ids, T <= max_len -> logits (B, T, vocab_size)."""
        T = idx.size(1)
        pos = torch.arange(T, device=idx.device)  # (T,)
        x = self.drop(self.tok(idx) + self.pos(pos))  # (B, T, d)
        return self.head(self.ln_f(self.blocks(x)))  # (B, T, vocab)
