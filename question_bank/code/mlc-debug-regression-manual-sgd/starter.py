"""A hand-rolled PyTorch linear regression that predicts house prices. The loss printed each
epoch does not improve (or becomes nan after someone "fixed" one thing), and memory climbs
steadily during every epoch. Find and fix every bug. Keep the manual update (no torch.optim).

The loader yields xb (B, d) float32 features and yb (B,) float32 prices in dollars (1e5 to 2e6);
the loop is wrapped in `fit_linear` so that it can be run and tested.
"""

import torch


def fit_linear(loader, d, epochs=100, lr=1e-3):
    """Fit pred = xb @ w + b by mini-batch SGD on the MSE, starting from w = torch.randn(d, 1)
    and b = 0. Returns (w, b, history), history holding the mean training loss of every epoch."""
    w = torch.randn(d, 1, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)

    history = []
    for epoch in range(epochs):
        total = 0
        for xb, yb in loader:
            pred = xb @ w + b                  # (B, 1)
            loss = ((pred - yb) ** 2).mean()
            loss.backward()
            for p in (w, b):
                p = p - lr * p.grad
            total += loss
        print(epoch, total / len(loader))
        history.append(total / len(loader))
    return w, b, history
