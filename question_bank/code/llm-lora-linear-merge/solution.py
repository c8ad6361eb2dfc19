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
        d_out, d_in = W.shape
        self.W, self.b = W, b
        self.A = rng.normal(0.0, d_in**-0.5, (r, d_in)).astype(W.dtype)
        self.B = np.zeros((d_out, r), W.dtype)  # B = 0: the update B A starts at zero
        self.scale = alpha / r
        self.merged = False

    def forward(self, x: np.ndarray) -> np.ndarray:
        """x: (..., d_in), any number of leading dimensions -> (..., d_out). Never forms the
        (d_out, d_in) update B A (the low-rank path is (x A^T) B^T); after merge() the update
        is already inside W."""
        y = x @ self.W.T + self.b
        if not self.merged:
            y = y + self.scale * ((x @ self.A.T) @ self.B.T)  # O(r (d_in + d_out)) per row
        return y

    def backward(
        self, x: np.ndarray, grad_y: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Gradients for the unmerged layer: x (..., d_in) and grad_y = dL/dy (..., d_out) ->
        (dA (r, d_in), dB (d_out, r), dx (..., d_in)), computed by hand."""
        x2 = x.reshape(-1, x.shape[-1])  # (N, d_in)
        g2 = grad_y.reshape(-1, grad_y.shape[-1])  # (N, d_out)
        gB = g2 @ self.B  # (N, r): gradient at the rank-r bottleneck, unscaled
        dB = self.scale * g2.T @ (x2 @ self.A.T)  # (d_out, r)
        dA = self.scale * gB.T @ x2  # (r, d_in)
        W = self.W - self.scale * (self.B @ self.A) if self.merged else self.W  # base weight
        dx = g2 @ W + self.scale * gB @ self.A
        return dA, dB, dx.reshape(x.shape)

    def merge(self) -> None:
        """Fold scale * B A into W for inference. Idempotent: a second call changes nothing."""
        if not self.merged:
            self.W = self.W + self.scale * (self.B @ self.A)  # new array: the caller's W is kept
            self.merged = True

    def unmerge(self) -> None:
        """Undo merge(), restoring the original W. Idempotent; a no-op when not merged."""
        if self.merged:
            self.W = self.W - self.scale * (self.B @ self.A)
            self.merged = False
