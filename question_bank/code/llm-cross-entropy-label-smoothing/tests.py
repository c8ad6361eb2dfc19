import math

import numpy as np

from solution import cross_entropy, log_softmax


def setup():
    rng = np.random.default_rng(0)
    logits = 2.0 * rng.standard_normal((5, 7))
    targets = np.array([3, -100, 0, 6, 2])
    return logits, targets


def naive_loss(logits, targets, eps, ignore_index=-100):
    total, kept = 0.0, 0
    for z, t in zip(logits, targets):
        if t == ignore_index:
            continue
        p = [math.exp(v) / sum(math.exp(u) for u in z) for v in z]
        V = len(z)
        total += -sum(((1 - eps) * (j == t) + eps / V) * math.log(p[j]) for j in range(V))
        kept += 1
    return total / kept


def test_example_1_loss_matches_a_naive_loop():
    logits, targets = setup()
    for eps in (0.0, 0.1):
        loss, _ = cross_entropy(logits, targets, smoothing=eps)
        want = naive_loss(logits, targets, eps)
        assert abs(loss - want) < 1e-12, f"eps={eps}: loss {loss}, want {want}"


def test_example_2_gradient_matches_finite_differences():
    logits, targets = setup()
    for eps in (0.0, 0.1):
        _, grad = cross_entropy(logits, targets, smoothing=eps)
        num = np.zeros_like(logits)
        for i in np.ndindex(logits.shape):
            plus, minus = logits.copy(), logits.copy()
            plus[i] += 1e-6
            minus[i] -= 1e-6
            lp = cross_entropy(plus, targets, smoothing=eps)[0]
            lm = cross_entropy(minus, targets, smoothing=eps)[0]
            num[i] = (lp - lm) / 2e-6
        err = np.abs(np.asarray(grad) - num).max()
        assert err < 1e-6, f"eps={eps}: gradient off finite differences by {err:.3g}"
        assert np.all(np.asarray(grad)[1] == 0), "the ignored row must get zero gradient"


def test_example_3_extreme_logits_stay_finite():
    logits = np.array([[1000.0, 0.0, -1000.0], [0.0, 1000.0, 999.0]])
    loss, grad = cross_entropy(logits, np.array([0, 2]))
    want = (0.0 + math.log(1.0 + math.e)) / 2
    assert abs(loss - want) < 1e-9, f"loss {loss}, want {want:.4f}"
    assert np.isfinite(grad).all(), "gradient has inf or NaN"
    assert np.isfinite(log_softmax(logits)).all(), "log_softmax has inf or NaN"


def test_example_4_smoothed_loss_never_reaches_zero():
    loss, _ = cross_entropy(np.array([[100.0, 0.0, 0.0, 0.0]]), np.array([0]), smoothing=0.1)
    assert abs(loss - 7.5) < 1e-9, f"loss {loss}, want 7.5 (3 wrong classes x 0.025 x 100)"
