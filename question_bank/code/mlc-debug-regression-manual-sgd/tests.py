import torch
from torch.utils.data import DataLoader, TensorDataset

from solution import fit_linear


def synthetic(n=512, d=4, seed=0):
    g = torch.Generator().manual_seed(seed)
    X = torch.randn(n, d, generator=g)
    X = (X - X.mean(0)) / X.std(0)  # standardized features
    w_true = torch.randn(d, generator=g)
    return X, X @ w_true + 3.0, w_true  # y (n,), no noise


def loader(X, y, batch_size=64, seed=0):
    return DataLoader(TensorDataset(X, y), batch_size=batch_size, shuffle=True,
                      generator=torch.Generator().manual_seed(seed))


def test_example_recovers_weights_and_bias():
    X, y, w_true = synthetic()
    torch.manual_seed(0)
    w, b, _ = fit_linear(loader(X, y), 4, epochs=30, lr=0.1)
    w, b = w.detach().reshape(-1), b.detach().reshape(-1)
    assert torch.allclose(w, w_true, atol=1e-3), f"w = {w.tolist()}, want {w_true.tolist()}"
    assert abs(b.item() - 3.0) < 1e-3, f"b = {b.item()}, want 3.0"


def test_example_epoch_losses_are_plain_numbers_and_fall():
    X, y, _ = synthetic(seed=1)
    torch.manual_seed(1)
    _, _, history = fit_linear(loader(X, y, seed=1), 4, epochs=10, lr=0.1)
    assert len(history) == 10, f"{len(history)} epoch losses, want 10"
    for v in history:
        assert not (torch.is_tensor(v) and v.requires_grad), (
            "history holds tensors attached to the graph: every batch's graph stays in memory"
        )
    history = [float(v) for v in history]
    assert history[-1] < 1e-4 * history[0], f"epoch loss went from {history[0]:.4g} to {history[-1]:.4g}"
