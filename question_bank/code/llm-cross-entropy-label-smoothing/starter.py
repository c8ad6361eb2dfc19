import numpy as np


def log_softmax(z: np.ndarray) -> np.ndarray:
    """z: (N, V) -> (N, V), log of the softmax over the last axis, without ever computing
    log(softmax(z)); finite for logits of magnitude 1000."""
    raise NotImplementedError


def cross_entropy(
    logits: np.ndarray, targets: np.ndarray, smoothing: float = 0.0, ignore_index: int = -100
) -> tuple[float, np.ndarray]:
    """Mean cross-entropy with label smoothing and ignore_index, and its gradient, with the
    semantics of torch.nn.CrossEntropyLoss(ignore_index=..., label_smoothing=smoothing).

    logits: (N, V) float; targets: (N,) int. A row with label t has the target distribution
    q = (1 - smoothing) on t plus smoothing / V on every class (t included); its loss is
    -sum(q * log_softmax(logits)). Returns (the mean of that loss over the rows whose target
    is not ignore_index, dlogits (N, V)). Ignored rows add neither loss nor gradient; the mean
    divides by the number of kept rows. If every row is ignored: (0.0, zeros). Vectorised.
    """
    raise NotImplementedError
