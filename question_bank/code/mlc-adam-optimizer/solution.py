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
        self.params = params
        self.lr = lr
        self.b1, self.b2 = betas
        self.eps = eps
        self.wd = weight_decay
        self.m = [np.zeros_like(p, dtype=float) for p in params]
        self.v = [np.zeros_like(p, dtype=float) for p in params]
        self.t = 0

    def step(self, grads: list[np.ndarray]) -> None:
        """Update every params[i] IN PLACE using grads[i] (same shape)."""
        self.t += 1
        bc1 = 1.0 - self.b1**self.t
        bc2 = 1.0 - self.b2**self.t
        for p, g, m, v in zip(self.params, grads, self.m, self.v):
            if self.wd:
                p -= self.lr * self.wd * p  # AdamW: decoupled decay
            m *= self.b1
            m += (1.0 - self.b1) * g
            v *= self.b2
            v += (1.0 - self.b2) * g * g
            p -= self.lr * (m / bc1) / (np.sqrt(v / bc2) + self.eps)
