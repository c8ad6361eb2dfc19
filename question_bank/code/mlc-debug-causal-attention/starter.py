"""A causal self-attention layer in a small decoder-only language model. Its first forward pass
stops with "view size is not compatible with input tensor's size and stride". Patched to
reshape, it ran with a nan loss from step one; with -1e9 in place of -inf the loss then fell
suspiciously fast, yet sampled text is garbage. This is the code before both patches. Find every
bug and fix it. Keep the single fused `qkv` projection and the module's interface (`qkv`, `out`,
forward(x) -> (B, T, C)).
"""

import torch
import torch.nn as nn


class SelfAttention(nn.Module):
    def __init__(self, d_model, n_heads):
        super().__init__()
        self.h, self.dk = n_heads, d_model // n_heads
        self.qkv = nn.Linear(d_model, 3 * d_model)
        self.out = nn.Linear(d_model, d_model)

    def forward(self, x):                                  # x: (B, T, C)
        B, T, C = x.shape
        q, k, v = self.qkv(x).chunk(3, dim=-1)             # each (B, T, C)
        q = q.view(B, self.h, T, self.dk)
        k = k.view(B, self.h, T, self.dk)
        v = v.view(B, self.h, T, self.dk)
        att = q @ k.transpose(-2, -1) / self.dk
        mask = torch.tril(torch.ones(T, T)).bool()
        att = att.masked_fill(mask, float("-inf"))
        att = att.softmax(dim=-2)
        y = att @ v                                         # (B, h, T, dk)
        y = y.reshape(B, T, C)
        return self.out(y)
