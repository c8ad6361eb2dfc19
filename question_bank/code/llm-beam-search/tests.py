import itertools
import math

import numpy as np

from solution import beam_search

BOS, A, B, C, EOS = 0, 1, 2, 3, 4


def toy_model(prefix):
    """After bos: a 0.6, b 0.4; after bos a: b 0.55, c 0.45; otherwise eos 1."""
    logp = np.full(5, -np.inf)
    prefix = list(prefix)
    if prefix == [BOS]:
        logp[A], logp[B] = math.log(0.6), math.log(0.4)
    elif prefix == [BOS, A]:
        logp[B], logp[C] = math.log(0.55), math.log(0.45)
    else:
        logp[EOS] = 0.0
    return logp


def random_model(V, seed):
    """A fixed random distribution for every prefix."""

    def step(prefix):
        logits = 2.0 * np.random.default_rng([seed, len(prefix), *prefix]).standard_normal(V)
        return logits - np.log(np.exp(logits - logits.max()).sum()) - logits.max()

    return step


def exhaustive(step, bos, eos, V, max_new, alpha):
    """Every sequence that ends with eos within max_new tokens, or has max_new tokens."""
    best = None
    for n in range(1, max_new + 1):
        for toks in itertools.product(range(V), repeat=n):
            if eos in toks[:-1] or (n < max_new and toks[-1] != eos):
                continue
            seq, lp = [bos], 0.0
            for t in toks:
                lp += float(step(seq)[t])
                seq.append(t)
            if best is None or lp / n**alpha > best[1] / len(best[0]) ** alpha:
                best = (list(toks), lp)
    return best


def test_example_1_beam_1_is_greedy():
    tokens, lp = beam_search(toy_model, BOS, EOS, beam_size=1, max_new=4)
    assert list(tokens) == [A, B, EOS], f"got {tokens}, want [1, 2, 4]"
    assert abs(lp - math.log(0.33)) < 1e-9, f"logprob {lp}, want log(0.33) = -1.109"


def test_example_2_beam_2_finds_the_better_short_answer():
    tokens, lp = beam_search(toy_model, BOS, EOS, beam_size=2, max_new=4)
    assert list(tokens) == [B, EOS], f"got {tokens}, want [2, 4]"
    assert abs(lp - math.log(0.4)) < 1e-9, f"logprob {lp}, want log(0.4) = -0.916"


def test_example_3_length_penalty_prefers_the_longer_answer():
    tokens, lp = beam_search(toy_model, BOS, EOS, beam_size=2, max_new=4, alpha=1.0)
    assert list(tokens) == [A, B, EOS], f"got {tokens}, want [1, 2, 4]"
    assert abs(lp - math.log(0.33)) < 1e-9, f"logprob {lp}: the raw total, not the normalised"


def test_example_4_wide_beam_equals_exhaustive_search():
    V, max_new, eos = 4, 4, 3
    step = random_model(V, seed=0)
    for alpha in (0.0, 1.0):
        tokens, lp = beam_search(step, 0, eos, beam_size=V**max_new, max_new=max_new, alpha=alpha)
        want_tokens, want_lp = exhaustive(step, 0, eos, V, max_new, alpha)
        assert list(tokens) == want_tokens, f"alpha={alpha}: got {tokens}, want {want_tokens}"
        assert abs(lp - want_lp) < 1e-9, f"alpha={alpha}: logprob {lp}, want {want_lp}"
