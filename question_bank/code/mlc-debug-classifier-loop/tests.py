import math

import torch
from torch.utils.data import DataLoader, TensorDataset

from solution import MLP, evaluate, train


def make_data(n, seed):
    """Ten noisy prototype 'digits': learnable, but not from a handful of steps."""
    protos = torch.randn(10, 784, generator=torch.Generator().manual_seed(123)) * 0.3
    g = torch.Generator().manual_seed(seed)
    y = torch.randint(0, 10, (n,), generator=g)
    x = protos[y] + torch.randn(n, 784, generator=g)
    return x.view(n, 1, 28, 28), y


def loader(x, y, batch_size=64):
    return DataLoader(TensorDataset(x, y), batch_size=batch_size)


def test_example_first_loss_log10_and_training_loss_falls():
    torch.manual_seed(0)
    train_loader = loader(*make_data(640, 1))
    val_loader = loader(*make_data(256, 2))
    losses = train(MLP(), train_loader, val_loader, epochs=3)
    assert len(losses) == 30, f"{len(losses)} losses, want one per step (30)"
    assert abs(losses[0] - math.log(10)) < 0.2, f"first-batch loss {losses[0]:.3f}, want about 2.30"
    first, last = sum(losses[:10]) / 10, sum(losses[-10:]) / 10
    assert last < 0.5, f"mean loss went from {first:.3f} (epoch 1) to {last:.3f} (epoch 3): want below 0.5"


def test_example_validation_accuracy_is_a_stable_fraction():
    torch.manual_seed(1)
    model = MLP()
    train(model, loader(*make_data(640, 3)), loader(*make_data(64, 4)), epochs=2)
    val_loader = loader(*make_data(300, 5), batch_size=64)  # last batch has 44 examples
    a, b = float(evaluate(model, val_loader)), float(evaluate(model, val_loader))
    assert 0.0 <= a <= 1.0, f"accuracy {a} is not a fraction"
    assert a == b, f"two evaluate calls gave {a} and {b}: evaluation must be deterministic"
    assert a > 0.9, f"accuracy {a:.3f} after training, want > 0.9"


def test_example_overfits_one_batch_of_64():
    torch.manual_seed(2)
    x, y = make_data(64, 6)
    losses = train(MLP(), [(x, y)], loader(x, y), epochs=30)
    assert losses[-1] < 0.05, f"loss on a single repeated batch is {losses[-1]:.4f} after 30 steps, want near 0"
