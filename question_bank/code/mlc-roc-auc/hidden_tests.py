import time

import numpy as np

from solution import roc_auc


def test_single_class_raises_value_error():
    for y in ([1, 1, 1], [0, 0], np.zeros(5, int)):
        try:
            roc_auc(y, np.arange(len(y), dtype=float))
        except ValueError:
            continue
        raise AssertionError(f"y_true={list(y)}: expected ValueError with a single class")


def test_perfect_and_reversed_ranking():
    y = np.array([0, 0, 0, 1, 1])
    s = np.array([0.1, 0.2, 0.3, 0.8, 0.9])
    assert abs(roc_auc(y, s) - 1.0) < 1e-12
    assert abs(roc_auc(y, -s)) < 1e-12, "reversed scores must give 0.0"


def test_invariant_to_monotone_transforms():
    rng = np.random.default_rng(1)
    y = rng.integers(0, 2, size=300)
    s = rng.normal(size=300) + y
    a = roc_auc(y, s)
    assert abs(roc_auc(y, np.exp(3 * s) + 7) - a) < 1e-12, "AUC depends only on the order of the scores"


def test_two_items():
    assert abs(roc_auc([1, 0], [0.3, 0.3]) - 0.5) < 1e-12
    assert abs(roc_auc([1, 0], [0.2, 0.3])) < 1e-12


def test_unsorted_inputs_with_negative_scores():
    y = np.array([1, 0, 1, 0, 0, 1])
    s = np.array([-1.0, -3.0, 2.0, -1.0, 5.0, -1.0])
    # positives: -1 (beats -3, ties -1: 1.5), 2 (beats -3, -1: 2), -1 (1.5); 9 pairs
    got = roc_auc(y, s)
    assert abs(got - 5.0 / 9.0) < 1e-12, f"got {got}, want 5/9"


def test_million_rows_with_heavy_ties():
    # 1,000,000 scores on 100 levels: a pairwise matrix would not fit, a pair loop would not finish
    rng = np.random.default_rng(2)
    n = 1_000_000
    y = (rng.random(n) < 0.3).astype(int)
    s = np.clip(np.round(rng.normal(0.5 + 0.2 * y, 0.2), 2), 0.0, 0.99)
    began = time.perf_counter()
    got = roc_auc(y, s)
    took = time.perf_counter() - began
    bins = np.round(s * 100).astype(int)
    pos = np.bincount(bins[y == 1], minlength=100).astype(float)
    neg = np.bincount(bins[y == 0], minlength=100).astype(float)
    neg_below = np.concatenate([[0.0], np.cumsum(neg)[:-1]])
    want = (pos * neg_below + 0.5 * pos * neg).sum() / (pos.sum() * neg.sum())
    assert abs(got - want) < 1e-9, f"got {got}, want {want}"
    assert took < 5.0, f"took {took:.1f} s"
