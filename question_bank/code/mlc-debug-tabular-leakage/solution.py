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

Fixes:
1. X and y were shuffled by two different permutations, so labels no longer belonged to
   their rows: the model could only learn the base rate. One permutation for both.
2. Mean and standard deviation were computed on all rows before the split (test rows leaked
   into preprocessing). Split first, fit the statistics on the training rows only.
3. The constant column has standard deviation 0 (NaN) or a round-off value like 1e-7 (a
   meaningless +/-1 feature). Constant columns (max == min on the training rows) are dropped.
4. Adam with lr = 1.0 oscillates and kills ReLUs: lr = 1e-3.
5. Accuracy on a 95/5 problem rewards predicting all negatives (95%): report ROC-AUC, which
   is 0.5 for a model that ranks at chance.
"""

import numpy as np
import torch
import torch.nn as nn


def split_and_scale(X, y, seed=0):
    """Shuffle, split into 8,000 training rows and the rest for test, and standardize the
    features. X (10000, 20) float32, y (10000,) float32. Returns X_tr, X_te, y_tr, y_te as
    float32 arrays."""
    rng = np.random.default_rng(seed)
    perm = rng.permutation(len(X))  # one permutation keeps rows and labels together
    X, y = X[perm], y[perm]
    X_tr, X_te, y_tr, y_te = X[:8000], X[8000:], y[:8000], y[8000:]
    keep = X_tr.max(0) > X_tr.min(0)  # drop constant columns (exact test, no round-off)
    X_tr, X_te = X_tr[:, keep], X_te[:, keep]
    mu, sd = X_tr.mean(0), X_tr.std(0)  # statistics of the training rows only
    X_tr = ((X_tr - mu) / sd).astype(np.float32)
    X_te = ((X_te - mu) / sd).astype(np.float32)
    return X_tr, X_te, y_tr, y_te


def make_model(n_features=20):
    return nn.Sequential(nn.Linear(n_features, 64), nn.ReLU(), nn.Linear(64, 1))


def train(model, X_tr, y_tr, steps=500):
    """Mini-batch training on (X_tr, y_tr); returns the loss of every step."""
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.BCEWithLogitsLoss()
    Xt, yt = torch.from_numpy(X_tr), torch.from_numpy(y_tr)
    model.train()
    losses = []
    for step in range(steps):
        idx = torch.randint(0, len(Xt), (256,))
        opt.zero_grad()
        loss = loss_fn(model(Xt[idx]).squeeze(1), yt[idx])
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return losses


def _roc_auc(y, s):
    """Rank-sum (Mann-Whitney) ROC-AUC with average ranks for ties."""
    y = np.asarray(y) > 0.5
    s = np.asarray(s, dtype=float)
    n_pos = int(y.sum())
    n_neg = len(y) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("ROC-AUC needs both classes")
    order = np.argsort(s, kind="mergesort")
    _, first, counts = np.unique(s[order], return_index=True, return_counts=True)
    ranks = np.empty(len(s))
    ranks[order] = np.repeat(first + (counts + 1) / 2.0, counts)
    return float((ranks[y].sum() - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg))


def evaluate(model, X_te, y_te):
    """The model's test score, the number reported as its performance (higher is better)."""
    model.eval()
    with torch.no_grad():
        scores = model(torch.from_numpy(X_te)).squeeze(1).numpy()
    return _roc_auc(y_te, scores)  # ROC-AUC: 0.5 for chance, unlike accuracy on 95/5 data
