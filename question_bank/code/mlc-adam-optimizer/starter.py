import numpy as np


class Adam:
    """Adam with bias-corrected moments and optional decoupled weight decay (AdamW).

    State (first and second moments) is kept per parameter; the step counter t starts at 1.
    weight_decay shrinks the weights directly (p -= lr * weight_decay * p); it is not added to
    the gradient.
    """

    def __init__(
        self,
        params: list[np.ndarray],
        lr: float = 1e-3,
        betas: tuple[float, float] = (0.9, 0.999),
        eps: float = 1e-8,
        weight_decay: float = 0.0,
    ) -> None:
        raise NotImplementedError

    def step(self, grads: list[np.ndarray]) -> None:
        """Update every params[i] IN PLACE using grads[i] (same shape)."""
        raise NotImplementedError
