import numpy as np
import torch

from solution import make_model, split_and_scale, train


def make_data(seed=0):
    """10,000 rows, 20 float32 features on very different scales, column 7 constant, about 5%
    positives whose probability depends on features 0 and 3."""
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(10000, 20)) * rng.uniform(0.5, 20, 20) + rng.normal(size=20) * 10
    z = 1.5 * (X[:, 0] - X[:, 0].mean()) / X[:, 0].std() - 1.5 * (X[:, 3] - X[:, 3].mean()) / X[:, 3].std()
    y = (rng.random(10000) < 1 / (1 + np.exp(-(z - 4.4)))).astype(np.float32)
    X[:, 7] = 3.7
    return X.astype(np.float32), y


def roc_auc(y, s):
    y = np.asarray(y) > 0.5
    order = np.argsort(s, kind="mergesort")
    _, first, counts = np.unique(np.asarray(s)[order], return_index=True, return_counts=True)
    ranks = np.empty(len(s))
    ranks[order] = np.repeat(first + (counts + 1) / 2.0, counts)
    n_pos = y.sum()
    return (ranks[y].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * (len(y) - n_pos))


def heldout_auc(X, y, seed=0):
    X_tr, X_te, y_tr, y_te = split_and_scale(X, y)
    torch.manual_seed(seed)
    model = make_model(X_tr.shape[1])
    train(model, X_tr, y_tr, steps=300)
    model.eval()
    with torch.no_grad():
        scores = model(torch.from_numpy(np.ascontiguousarray(X_te, dtype=np.float32))).squeeze(1).numpy()
    assert np.isfinite(scores).all(), "the model's test scores contain NaN or inf"
    return roc_auc(y_te, scores)


def test_example_shuffled_label_control_is_chance_and_real_model_is_not():
    X, y = make_data()
    real = heldout_auc(X, y)
    control = heldout_auc(X, np.random.default_rng(1).permutation(y))  # labels deliberately shuffled
    assert 0.4 < control < 0.6, f"shuffled-label control has test ROC-AUC {control:.3f}, want about 0.5"
    assert real > 0.75, f"real model has test ROC-AUC {real:.3f}, want clearly above 0.5 (the control)"


def test_example_preprocessing_never_sees_test_rows():
    X, y = make_data(2)
    X[:, 0] = np.arange(len(X))  # a row id, so the test rows can be found after the split
    X_tr, X_te, _, _ = split_and_scale(X, y)
    ids = np.concatenate([X_tr[:, 0], X_te[:, 0]])
    test_rows = np.argsort(np.argsort(ids, kind="stable"))[len(X_tr):]  # ranks = original ids
    X2 = X.copy()
    X2[test_rows, 1:] = X2[test_rows, 1:] * 100 + 1000  # change only the test rows' other features
    X2_tr, X2_te, _, _ = split_and_scale(X2, y)
    assert np.array_equal(X_tr, X2_tr), "changing only test rows changed the training features"
