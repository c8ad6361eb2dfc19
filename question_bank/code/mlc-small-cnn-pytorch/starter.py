import torch
import torch.nn as nn


class SmallCNN(nn.Module):
    """Conv(1->16, 3x3, pad 1) -> BatchNorm -> ReLU -> MaxPool 2 ->
    Conv(16->32, 3x3, pad 1) -> BatchNorm -> ReLU -> MaxPool 2 -> flatten -> Linear to logits."""

    def __init__(self, num_classes: int = 10) -> None:
        super().__init__()
        raise NotImplementedError

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """(N, 1, 28, 28) -> (N, num_classes) raw logits."""
        raise NotImplementedError


def overfit_one_batch(
    model: nn.Module, x: torch.Tensor, y: torch.Tensor, steps: int = 300, lr: float = 1e-3
) -> list[float]:
    """Train model in train mode on the single batch (x, y) with Adam(lr) and cross-entropy for
    `steps` steps. Returns the loss of every step as Python floats."""
    raise NotImplementedError


@torch.no_grad()
def predict(model: nn.Module, x: torch.Tensor) -> torch.Tensor:
    """(N,) predicted class indices, in eval mode (BatchNorm uses running statistics)."""
    raise NotImplementedError
