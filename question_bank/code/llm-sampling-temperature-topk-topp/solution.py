import numpy as np


def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    x = x - x.max(axis=axis, keepdims=True)
    e = np.exp(x)
    return e / e.sum(axis=axis, keepdims=True)


def sample_next(
    logits: np.ndarray,
    rng: np.random.Generator,
    temperature: float = 1.0,
    top_k: int | None = None,
    top_p: float | None = None,
) -> np.ndarray:
    """Next-token sampler. logits: (B, V) float -> (B,) int token ids, drawn with `rng`.

    In this order: divide the logits by `temperature` (0 means greedy argmax; otherwise > 0),
    keep the `top_k` highest logits (None: no limit; state how you treat ties at the k-th value),
    keep the smallest set of most likely tokens whose probability reaches `top_p` (None: no
    limit; always at least one token), renormalise, and sample. Stable for logits of magnitude
    1e3; vectorised over the batch except for the final draw.

    Ties at the top-k boundary: every token equal to the k-th largest logit is kept.
    """
    logits = np.asarray(logits, dtype=np.float64)
    if temperature == 0:  # greedy
        return logits.argmax(-1)
    logits = logits / temperature
    B, V = logits.shape
    if top_k is not None and top_k < V:
        kth = np.sort(logits, axis=-1)[:, -top_k][:, None]  # k-th largest logit per row
        logits = np.where(logits < kth, -np.inf, logits)  # ties with the k-th survive
    probs = softmax(logits)
    if top_p is not None and top_p < 1.0:
        order = np.argsort(-probs, axis=-1, kind="stable")  # most likely first
        p_sorted = np.take_along_axis(probs, order, -1)
        mass_before = np.cumsum(p_sorted, -1) - p_sorted  # mass of the better tokens
        keep_sorted = mass_before < top_p  # smallest prefix reaching top_p; first always kept
        keep = np.zeros_like(keep_sorted)
        np.put_along_axis(keep, order, keep_sorted, -1)  # back to vocabulary order
        probs = np.where(keep, probs, 0.0)
        probs = probs / probs.sum(-1, keepdims=True)
    # inverse-CDF draw, one uniform per row: the first token whose cumulative mass exceeds u
    cdf = np.cumsum(probs, -1)
    u = rng.random((B, 1)) * cdf[:, -1:]
    return (cdf > u).argmax(-1)
