import numpy as np


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
    """
    raise NotImplementedError
