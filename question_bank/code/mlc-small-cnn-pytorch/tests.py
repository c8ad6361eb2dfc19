import math

import torch

from solution import SmallCNN, overfit_one_batch, predict


def test_example_output_shape():
    torch.manual_seed(0)
    out = SmallCNN()(torch.randn(8, 1, 28, 28))
    assert tuple(out.shape) == (8, 10), f"shape {tuple(out.shape)}, want (8, 10)"


def test_example_parameter_count():
    n = sum(p.numel() for p in SmallCNN().parameters() if p.requires_grad)
    assert n == 20_586, f"{n} trainable parameters, want 20,586"


def test_example_overfits_random_labels_and_predict_recovers_them():
    # a small seeded batch and a larger step than the default keep the run short
    torch.manual_seed(0)
    x = torch.randn(16, 1, 28, 28)
    y = torch.randint(0, 10, (16,))
    model = SmallCNN()
    losses = overfit_one_batch(model, x, y, steps=30, lr=1e-2)
    assert len(losses) == 30, f"{len(losses)} losses, want one per step (30)"
    assert abs(losses[0] - math.log(10)) < 1.0, f"first loss {losses[0]:.3f}, want about log(10) = 2.30"
    assert losses[-1] < 0.1, f"loss after 30 steps is {losses[-1]:.4f}, want near 0"
    pred = predict(model, x)
    correct = int((pred == y).sum())
    assert correct >= 15, f"predict recovers {correct}/16 labels of the memorized batch"
