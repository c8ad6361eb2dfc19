import torch
import torch.nn as nn


class SmallCNN(nn.Module):
    """Conv(1->16, 3x3, pad 1) -> BatchNorm -> ReLU -> MaxPool 2 ->
    Conv(16->32, 3x3, pad 1) -> BatchNorm -> ReLU -> MaxPool 2 -> flatten -> Linear to logits."""

    def __init__(self, num_classes: int = 10) -> None:
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, 16, kernel_size=3, padding=1),  # (N, 16, 28, 28)
            nn.BatchNorm2d(16),
            nn.ReLU(),
            nn.MaxPool2d(2),  # (N, 16, 14, 14)
            nn.Conv2d(16, 32, kernel_size=3, padding=1),  # (N, 32, 14, 14)
            nn.BatchNorm2d(32),
            nn.ReLU(),
            nn.MaxPool2d(2),  # (N, 32, 7, 7)
        )
        self.head = nn.Linear(32 * 7 * 7, num_classes)  # 1568 -> C

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """(N, 1, 28, 28) -> (N, num_classes) raw logits."""
        return self.head(self.features(x).flatten(1))


def overfit_one_batch(
    model: nn.Module, x: torch.Tensor, y: torch.Tensor, steps: int = 300, lr: float = 1e-3
) -> list[float]:
    """Train model in train mode on the single batch (x, y) with Adam(lr) and cross-entropy for
    `steps` steps. Returns the loss of every step as Python floats."""
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    loss_fn = nn.CrossEntropyLoss()
    model.train()
    losses: list[float] = []
    for _ in range(steps):
        opt.zero_grad(set_to_none=True)
        loss = loss_fn(model(x), y)
        loss.backward()
        opt.step()
        losses.append(loss.item())  # .item(): no graph kept alive
    return losses


@torch.no_grad()
def predict(model: nn.Module, x: torch.Tensor) -> torch.Tensor:
    """(N,) predicted class indices, in eval mode (BatchNorm uses running statistics)."""
    model.eval()
    return model(x).argmax(dim=1)
