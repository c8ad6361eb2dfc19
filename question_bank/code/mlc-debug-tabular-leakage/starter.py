"""A binary classifier on tabular data reports 95% test accuracy, yet in production it is no
better than always predicting "negative". About 5% of labels are positive, and one feature
column is constant. Find every bug (data, training and evaluation), explain each one's effect,
and fix it. Keep the model family (a small MLP).

The original script (np.load of features.npy / labels.npy, (10000, 20) float32 and (10000,)
0/1 float32) is split into functions so that it can be run and tested:
    X_tr, X_te, y_tr, y_te = split_and_scale(X, y)
    model = make_model(X_tr.shape[1])
    train(model, X_tr, y_tr)
    print("test score", evaluate(model, X_te, y_te))
"""

import numpy as np
import torch
import torch.nn as nn


def split_and_scale(X, y, seed=0):
    """Shuffle, split into 8,000 training rows and the rest for test, and standardize the
    features. X (10000, 20) float32, y (10000,) float32. Returns X_tr, X_te, y_tr, y_te as
    float32 arrays."""
    X = (X - X.mean(0)) / X.std(0)
    rng = np.random.default_rng(seed)
    X = X[rng.permutation(len(X))]
    y = y[rng.permutation(len(y))]
    X_tr, X_te, y_tr, y_te = X[:8000], X[8000:], y[:8000], y[8000:]
    return X_tr, X_te, y_tr, y_te


def make_model(n_features=20):
    return nn.Sequential(nn.Linear(n_features, 64), nn.ReLU(), nn.Linear(64, 1))


def train(model, X_tr, y_tr, steps=500):
    """Mini-batch training on (X_tr, y_tr); returns the loss of every step."""
    opt = torch.optim.Adam(model.parameters(), lr=1.0)
    loss_fn = nn.BCEWithLogitsLoss()
    Xt, yt = torch.from_numpy(X_tr), torch.from_numpy(y_tr)
    losses = []
    for step in range(steps):
        idx = torch.randint(0, len(Xt), (256,))
        opt.zero_grad()
        loss = loss_fn(model(Xt[idx]).squeeze(1), yt[idx])
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return losses


def evaluate(model, X_te, y_te):
    """The model's test score, the number reported as its performance (higher is better)."""
    model.eval()
    with torch.no_grad():
        p = torch.sigmoid(model(torch.from_numpy(X_te))).squeeze(1).numpy()
    return ((p > 0.5) == y_te).mean()
