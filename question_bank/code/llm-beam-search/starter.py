from collections.abc import Callable

import numpy as np


def beam_search(
    step_logprobs: Callable[[list[int]], np.ndarray],
    bos: int,
    eos: int,
    beam_size: int,
    max_new: int,
    alpha: float = 0.0,
) -> tuple[list[int], float]:
    """Beam search over a language model given as a function.

    step_logprobs(prefix) -> (V,) next-token log-probabilities, where prefix is a list of token
    ids starting with `bos`. Keeps the `beam_size` best partial sequences by total
    log-probability; a sequence that emits `eos` is finished and leaves the beam. Stops after
    `max_new` steps, when no beam is live, or once `beam_size` hypotheses have finished;
    unfinished beams at the end still compete. Final ranking: logprob / length ** alpha, with
    length = number of generated tokens (eos included). Expands at most beam_size + 1 tokens
    per live beam; beam_size = 1 is greedy decoding.

    Returns (tokens, total_logprob) of the best hypothesis: tokens without `bos` (ending with
    `eos` if it finished), total_logprob the sum of its tokens' log-probabilities.
    """
    raise NotImplementedError
