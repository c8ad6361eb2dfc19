"""A teammate's MLP for 28 x 28 digit images. It trains "but the loss barely moves and the
reported validation accuracy is sometimes above 1". Find every bug, say what symptom each one
causes, and fix it; keep the architecture (784 -> 256 -> 10 with dropout) and the optimizer
settings, and change only what is wrong.

Loaders are standard DataLoaders (or any iterable of batches) yielding x (B, 1, 28, 28) float
and y (B,) int64. The training loop is wrapped in `train` so that it can be run and tested.
"""

import torch
import torch.nn as nn
import torch.nn.functional as F


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(784, 256)
        self.drop = nn.Dropout(0.5)
        self.fc2 = nn.Linear(256, 10)

    def forward(self, x):
        x = x.view(x.size(0), -1)
        x = self.drop(F.relu(self.fc1(x)))
        return F.softmax(self.fc2(x), dim=0)


def evaluate(model, loader):
    """Validation accuracy: the fraction of examples classified correctly, in [0, 1]."""
    correct = 0
    for x, y in loader:
        pred = model(x).argmax(dim=1)
        correct += (pred == y).sum()
    return correct / len(loader)


def train(model, train_loader, val_loader, epochs=10):
    """SGD (lr 0.1, momentum 0.9) on cross-entropy; returns the training loss of every step."""
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    loss_fn = nn.CrossEntropyLoss()
    losses = []
    for epoch in range(epochs):
        for x, y in train_loader:
            loss = loss_fn(model(x), y)
            loss.backward()
            opt.step()
            losses.append(loss.item())
        print(epoch, loss.item(), evaluate(model, val_loader))
    return losses
