import numpy as np


class LoRALinear:
    """y = x W^T + b + scale * (x A^T) B^T, with W, b frozen and only A, B trained (NumPy)."""

    def __init__(
        self, W: np.ndarray, b: np.ndarray, r: int, alpha: float, rng: np.random.Generator
    ) -> None:
        """W: (d_out, d_in) and b: (d_out,) are the frozen base weights (`self.W`, `self.b`).
        Trainable `self.A`: (r, d_in), small random values from `rng`; `self.B`: (d_out, r),
        initialised so that the layer starts equal to the base layer. `self.scale` = alpha / r.
        Same dtype as W."""
        raise NotImplementedError

    def forward(self, x: np.ndarray) -> np.ndarray:
        """x: (..., d_in), any number of leading dimensions -> (..., d_out). Never forms the
        (d_out, d_in) update B A (the low-rank path is (x A^T) B^T); after merge() the update
        is already inside W."""
        raise NotImplementedError

    def backward(
        self, x: np.ndarray, grad_y: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Gradients for the unmerged layer: x (..., d_in) and grad_y = dL/dy (..., d_out) ->
        (dA (r, d_in), dB (d_out, r), dx (..., d_in)), computed by hand."""
        raise NotImplementedError

    def merge(self) -> None:
        """Fold scale * B A into W for inference. Idempotent: a second call changes nothing."""
        raise NotImplementedError

    def unmerge(self) -> None:
        """Undo merge(), restoring the original W. Idempotent; a no-op when not merged."""
        raise NotImplementedError
