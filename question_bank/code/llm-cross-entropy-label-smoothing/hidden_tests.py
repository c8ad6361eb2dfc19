import math

import numpy as np

from solution import cross_entropy, log_softmax


def naive_loss(logits, targets, eps, ignore_index=-100):
    total, kept = 0.0, 0
    for z, t in zip(logits, targets):
        if t == ignore_index:
            continue
        m = max(z)
        lse = m + math.log(sum(math.exp(u - m) for u in z))
        V = len(z)
        total += -sum(((1 - eps) * (j == t) + eps / V) * (z[j] - lse) for j in range(V))
        kept += 1
    return total / kept


def test_matches_torch_cross_entropy_and_autograd():
    import torch
    import torch.nn.functional as F

    rng = np.random.default_rng(1)
    logits = 3.0 * rng.standard_normal((9, 11))
    targets = rng.integers(0, 11, 9)
    targets[[2, 5]] = -100
    for eps in (0.0, 0.1, 0.3):
        loss, grad = cross_entropy(logits, targets, smoothing=eps)
        z = torch.tensor(logits, requires_grad=True)
        ref = F.cross_entropy(z, torch.from_numpy(targets), ignore_index=-100, label_smoothing=eps)
        ref.backward()
        assert abs(loss - ref.item()) < 1e-10, f"eps={eps}: loss {loss}, torch {ref.item()}"
        err = np.abs(np.asarray(grad) - z.grad.numpy()).max()
        assert err < 1e-10, f"eps={eps}: gradient differs from torch by {err:.3g}"


def test_log_softmax_is_stable_and_normalised():
    z = np.array([[1e4, -1e4, 0.0, 1e4 - 1.0], [-800.0, -801.0, -802.0, -2000.0]])
    lp = log_softmax(z)
    assert np.isfinite(lp[:, :3]).all(), f"log_softmax is not finite: {lp}"
    assert np.abs(np.exp(lp).sum(-1) - 1.0).max() < 1e-12, "exp(log_softmax) must sum to 1"
    want0 = -math.log(1.0 + math.exp(-1.0))
    assert abs(lp[0, 0] - want0) < 1e-12, f"log_softmax[0, 0] = {lp[0, 0]}, want {want0}"
    want1 = -800.0 - (-800.0 + math.log(1.0 + math.exp(-1.0) + math.exp(-2.0)))
    assert abs(lp[1, 0] - want1) < 1e-12, f"log_softmax[1, 0] = {lp[1, 0]}, want {want1}"


def test_every_row_ignored_gives_zero_loss_and_gradient():
    logits = np.random.default_rng(2).standard_normal((3, 4))
    loss, grad = cross_entropy(logits, np.array([-100, -100, -100]), smoothing=0.1)
    assert loss == 0.0, f"loss {loss}, want 0.0 when every row is ignored"
    assert np.shape(grad) == (3, 4) and np.all(np.asarray(grad) == 0), "gradient must be zeros"


def test_mean_divides_by_the_kept_rows_only():
    rng = np.random.default_rng(3)
    logits = rng.standard_normal((6, 5))
    targets = np.array([1, -100, -100, 4, -100, 0])
    loss, grad = cross_entropy(logits, targets)
    kept_loss, kept_grad = cross_entropy(logits[[0, 3, 5]], targets[[0, 3, 5]])
    assert abs(loss - kept_loss) < 1e-12, f"loss {loss}, want {kept_loss} (mean over 3 rows)"
    assert np.abs(np.asarray(grad)[[0, 3, 5]] - kept_grad).max() < 1e-12
    assert np.all(np.asarray(grad)[[1, 2, 4]] == 0), "ignored rows must get zero gradient"


def test_custom_ignore_index():
    rng = np.random.default_rng(4)
    logits = rng.standard_normal((4, 5))
    targets = np.array([3, 0, 3, 2])
    loss, grad = cross_entropy(logits, targets, smoothing=0.2, ignore_index=3)
    want = naive_loss(logits, targets, 0.2, ignore_index=3)
    assert abs(loss - want) < 1e-12, f"loss {loss}, want {want}"
    assert np.all(np.asarray(grad)[[0, 2]] == 0), "rows with target 3 are ignored"


def test_gradient_rows_sum_to_zero_and_full_smoothing():
    rng = np.random.default_rng(5)
    logits = rng.standard_normal((4, 6))
    targets = np.array([0, 5, 2, 2])
    for eps in (0.0, 0.5, 1.0):
        loss, grad = cross_entropy(logits, targets, smoothing=eps)
        sums = np.asarray(grad).sum(-1)
        assert np.abs(sums).max() < 1e-12, f"eps={eps}: gradient rows sum to {sums}"
        want = naive_loss(logits, targets, eps)
        assert abs(loss - want) < 1e-12, f"eps={eps}: loss {loss}, want {want}"
