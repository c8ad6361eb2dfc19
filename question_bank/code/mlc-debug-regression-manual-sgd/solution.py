"""A hand-rolled PyTorch linear regression that predicts house prices. The loss printed each
epoch does not improve (or becomes nan after someone "fixed" one thing), and memory climbs
steadily during every epoch. Find and fix every bug. Keep the manual update (no torch.optim).

The loader yields xb (B, d) float32 features and yb (B,) float32 prices in dollars (1e5 to 2e6);
the loop is wrapped in `fit_linear` so that it can be run and tested.

Fixes:
1. pred (B, 1) minus yb (B,) broadcast to (B, B): every prediction was compared with every
   target. Squeeze pred to (B,) and assert the shapes match.
2. `p = p - lr * p.grad` rebound the loop variable; w and b never changed. Update in place
   under torch.no_grad().
3. Gradients were never cleared and accumulated across steps: zero them after each update.
4. `total += loss` kept every batch's autograd graph alive (memory grew all epoch): use
   loss.item().
5. Raw dollar targets and unscaled features make the gradients explode once updates happen
   (the nan): standardize features and target with training-set statistics before calling
   fit_linear (and undo it when reporting dollars); with standardized data lr = 0.1 works.
"""

import torch


def fit_linear(loader, d, epochs=100, lr=1e-3):
    """Fit pred = xb @ w + b by mini-batch SGD on the MSE, starting from w = torch.randn(d, 1)
    and b = 0. Returns (w, b, history), history holding the mean training loss of every epoch."""
    w = torch.randn(d, 1, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)

    history = []
    for epoch in range(epochs):
        total, batches = 0.0, 0
        for xb, yb in loader:
            pred = (xb @ w + b).squeeze(1)  # (B,)
            assert pred.shape == yb.shape, (pred.shape, yb.shape)
            loss = ((pred - yb) ** 2).mean()
            loss.backward()
            with torch.no_grad():  # in-place update of the leaves, outside the graph
                for p in (w, b):
                    p -= lr * p.grad
                    p.grad.zero_()
            total += loss.item()  # a float: no graph kept alive
            batches += 1
        print(epoch, total / batches)
        history.append(total / batches)
    return w, b, history
