import torch
from torch.utils.data import DataLoader, TensorDataset

from solution import fit_linear


def synthetic(n, d, seed):
    g = torch.Generator().manual_seed(seed)
    X = torch.randn(n, d, generator=g)
    X = (X - X.mean(0)) / X.std(0)
    w_true = torch.randn(d, generator=g)
    return X, X @ w_true - 1.5, w_true


def test_parameters_change_and_loss_drops_after_one_epoch():
    X, y, _ = synthetic(256, 3, 2)
    torch.manual_seed(2)
    w0 = torch.randn(3, 1)
    torch.manual_seed(2)
    w, b, history = fit_linear(DataLoader(TensorDataset(X, y), batch_size=32), 3, epochs=2, lr=0.1)
    assert not torch.allclose(w.detach().reshape(-1), w0.reshape(-1)), "w never changed: the update must be in place"
    assert abs(b.detach().reshape(-1)[0].item()) > 0.1, "b never changed"
    assert float(history[1]) < float(history[0]), f"epoch losses {[float(v) for v in history]} do not fall"


def test_each_step_uses_only_its_own_gradient():
    X, y, _ = synthetic(96, 2, 3)
    batches = [(X[i : i + 32], y[i : i + 32]) for i in (0, 32, 64)]
    torch.manual_seed(3)
    w, b, _ = fit_linear(batches, 2, epochs=1, lr=0.05)
    torch.manual_seed(3)
    w_ref = torch.randn(2, 1)
    b_ref = torch.zeros(1)
    for xb, yb in batches:  # plain SGD on the MSE, fresh gradient every step
        r = (xb @ w_ref + b_ref).squeeze(1) - yb
        w_ref = w_ref - 0.05 * (2 * xb.T @ r / len(yb)).unsqueeze(1)
        b_ref = b_ref - 0.05 * 2 * r.mean()
    assert torch.allclose(w.detach().reshape(-1), w_ref.reshape(-1), atol=1e-5), (
        f"w = {w.detach().reshape(-1).tolist()}, want {w_ref.reshape(-1).tolist()} (gradients accumulated?)"
    )
    assert torch.allclose(b.detach().reshape(-1), b_ref, atol=1e-5), f"b = {b.item()}, want {b_ref.item()}"


def test_uneven_last_batch_and_batch_of_one():
    X, y, w_true = synthetic(100, 2, 4)
    torch.manual_seed(4)
    w, b, _ = fit_linear(DataLoader(TensorDataset(X, y), batch_size=32), 2, epochs=40, lr=0.1)
    assert torch.allclose(w.detach().reshape(-1), w_true, atol=1e-3), "a last batch of 4 rows must work too"
    torch.manual_seed(5)
    w, b, _ = fit_linear(DataLoader(TensorDataset(X[:20], y[:20]), batch_size=1), 2, epochs=30, lr=0.05)
    assert torch.allclose(w.detach().reshape(-1), w_true, atol=1e-3), "batches of one row must work"
    assert abs(b.detach().reshape(-1)[0].item() + 1.5) < 1e-3


def test_wide_features_fit_exactly():
    X, y, w_true = synthetic(400, 12, 6)
    torch.manual_seed(6)
    w, b, history = fit_linear(DataLoader(TensorDataset(X, y), batch_size=50), 12, epochs=40, lr=0.1)
    assert tuple(w.reshape(-1).shape) == (12,)
    assert torch.allclose(w.detach().reshape(-1), w_true, atol=1e-3), "weights not recovered with d = 12"
    assert all(torch.isfinite(torch.tensor(float(v))) for v in history), "loss became inf/nan"
