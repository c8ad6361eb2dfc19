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
    beams: list[tuple[list[int], float]] = [([bos], 0.0)]
    finished: list[tuple[list[int], float]] = []
    for _ in range(max_new):
        cands = []
        for seq, lp in beams:
            logp = np.asarray(step_logprobs(seq))
            # beam_size + 1 suffice: at most one of them is eos, so the others can refill
            # the whole next beam from this beam alone
            k = min(beam_size + 1, len(logp))
            for tok in np.argpartition(-logp, k - 1)[:k]:
                cands.append(([*seq, int(tok)], lp + float(logp[tok])))
        cands.sort(key=lambda c: c[1], reverse=True)
        beams = []
        for seq, lp in cands:
            if seq[-1] == eos:
                finished.append((seq, lp))  # only eos hits ranked above the cut
            else:
                beams.append((seq, lp))
                if len(beams) == beam_size:
                    break
        if len(finished) >= beam_size or not beams:
            break

    def score(c: tuple[list[int], float]) -> float:
        return c[1] / (len(c[0]) - 1) ** alpha  # generated length, eos included

    seq, lp = max(finished + beams, key=score)  # unfinished beams compete too
    return seq[1:], lp
