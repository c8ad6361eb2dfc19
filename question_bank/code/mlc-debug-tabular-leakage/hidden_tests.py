import numpy as np
import torch
import torch.nn as nn

from solution import evaluate, make_model, split_and_scale, train


def make_data(seed=0, n=10000):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 20)) * rng.uniform(0.5, 20, 20) + rng.normal(size=20) * 10
    z = 1.5 * (X[:, 0] - X[:, 0].mean()) / X[:, 0].std() - 1.5 * (X[:, 3] - X[:, 3].mean()) / X[:, 3].std()
    y = (rng.random(n) < 1 / (1 + np.exp(-(z - 4.4)))).astype(np.float32)
    X[:, 7] = 3.7
    return X.astype(np.float32), y


def test_rows_keep_their_labels():
    X, y = make_data(3)
    X[:, 5] = y * 10 - 5  # a column that copies the label
    X_tr, X_te, y_tr, y_te = split_and_scale(X, y)
    assert len(X_tr) + len(X_te) == 10000 and len(X_tr) == len(y_tr) and len(X_te) == len(y_te)
    gaps = [abs(X_tr[y_tr == 1, j].mean() - X_tr[y_tr == 0, j].mean()) for j in range(X_tr.shape[1])]
    col = int(np.argmax(gaps))  # the label-copy column after scaling
    for name, Xs, ys in (("train", X_tr, y_tr), ("test", X_te, y_te)):
        pos, neg = Xs[ys == 1, col], Xs[ys == 0, col]
        assert pos.min() > neg.max(), f"{name}: the label-copy column no longer matches the labels"


def test_training_features_are_standardized_with_training_statistics():
    X, y = make_data(4)
    X_tr, _, _, _ = split_and_scale(X, y)
    moving = X_tr.std(0) > 1e-3
    assert moving.sum() == 19, f"{moving.sum()} informative columns, want 19 (20 minus the constant one)"
    assert np.abs(X_tr[:, moving].mean(0)).max() < 1e-3, "training columns must have mean 0 (train statistics)"
    assert np.abs(X_tr[:, moving].std(0) - 1).max() < 1e-3, "training columns must have std 1 (train statistics)"


def test_constant_column_gives_no_nan_or_noise_feature():
    X, y = make_data(5)
    X_tr, X_te, _, _ = split_and_scale(X, y)
    assert np.isfinite(X_tr).all() and np.isfinite(X_te).all(), "NaN or inf in the preprocessed features"
    for j in range(X_tr.shape[1]):
        if X_tr[:, j].std() < 1e-3:  # the constant column, if it was kept
            assert np.abs(X_tr[:, j]).max() < 1e-3 and np.abs(X_te[:, j]).max() < 1e-3, (
                f"column {j} is a constant turned into values like {X_tr[0, j]} (round-off / tiny std)"
            )


def test_training_loss_falls_below_the_base_rate():
    rng = np.random.default_rng(6)
    X = rng.normal(size=(8000, 10)).astype(np.float32)  # already standardized
    z = 1.5 * X[:, 0] - 1.5 * X[:, 1] + X[:, 2] * X[:, 3]
    y = (rng.random(8000) < 1 / (1 + np.exp(-(z - 4.4)))).astype(np.float32)
    p = y.mean()
    base = -(p * np.log(p) + (1 - p) * np.log(1 - p))  # loss of always predicting the base rate
    torch.manual_seed(0)
    losses = train(make_model(10), X, y)
    late = float(np.mean(losses[-100:]))
    assert late < 0.9 * base, f"training loss {late:.3f} is not clearly below the base-rate loss {base:.3f}"


class Constant(nn.Module):
    def forward(self, x):
        return torch.zeros(x.shape[0], 1)


class Oracle(nn.Module):
    def forward(self, x):
        return 10 * x[:, :1]


def test_reported_metric_is_not_fooled_by_the_majority_class():
    rng = np.random.default_rng(7)
    y = (rng.random(2000) < 0.05).astype(np.float32)
    X = np.zeros((2000, 3), np.float32)
    X[:, 0] = 2 * y - 1  # Oracle ranks every positive first
    const = float(evaluate(Constant(), X, y))
    best = float(evaluate(Oracle(), X, y))
    assert const < 0.55, f"a model that ignores its input scores {const:.3f}: the metric rewards the majority class"
    assert best > 0.99, f"a perfect ranking scores {best:.3f}, want 1.0"
