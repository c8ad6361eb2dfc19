"""A causal self-attention layer in a small decoder-only language model. On GPU the first run
crashes; on CPU the loss is nan from step one. After someone replaced -inf with -1e9 the loss
fell suspiciously fast, yet sampled text is garbage. Find every bug and fix it. Keep the single
fused `qkv` projection and the module's interface (`qkv`, `out`, forward(x) -> (B, T, C)).

Fixes:
1. Heads split with view(B, h, T, dk) on a (B, T, C) layout mixed several tokens' features
   into one "head": view(B, T, h, dk).transpose(1, 2).
2. Scores scaled by 1/dk instead of 1/sqrt(dk): near-uniform attention.
3. Inverted mask: masked_fill(tril) hid the past and exposed the future (a fully masked row
   gave nan; with -1e9 the model copied the next token). Hide ~tril.
4. Softmax over dim=-2 normalized over queries: softmax over keys, dim=-1.
5. Mask built on the CPU: device mismatch on GPU. Build it on x.device.
6. Heads merged with reshape(B, T, C) on (B, h, T, dk): transpose(1, 2) first.
"""

import math

import torch
import torch.nn as nn


class SelfAttention(nn.Module):
    def __init__(self, d_model, n_heads):
        super().__init__()
        assert d_model % n_heads == 0, "d_model must be divisible by n_heads"
        self.h, self.dk = n_heads, d_model // n_heads
        self.qkv = nn.Linear(d_model, 3 * d_model)
        self.out = nn.Linear(d_model, d_model)

    def forward(self, x):                                  # x: (B, T, C)
        B, T, C = x.shape
        q, k, v = self.qkv(x).chunk(3, dim=-1)             # each (B, T, C)
        q, k, v = (t.view(B, T, self.h, self.dk).transpose(1, 2) for t in (q, k, v))  # (B, h, T, dk)
        att = q @ k.transpose(-2, -1) / math.sqrt(self.dk)  # (B, h, T, T)
        mask = torch.ones(T, T, dtype=torch.bool, device=x.device).tril()
        att = att.masked_fill(~mask, float("-inf"))        # hide keys after the query
        att = att.softmax(dim=-1)                           # over keys
        y = (att @ v).transpose(1, 2).contiguous().view(B, T, C)  # merge heads
        return self.out(y)
