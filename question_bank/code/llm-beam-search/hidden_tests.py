import itertools
import math

import numpy as np

from solution import beam_search


def random_model(V, seed, calls=None):
    def step(prefix):
        if calls is not None:
            calls.append(list(prefix))
        logits = 2.0 * np.random.default_rng([seed, len(prefix), *prefix]).standard_normal(V)
        m = logits.max()
        return logits - m - np.log(np.exp(logits - m).sum())

    return step


def table_model(table, V, default_eos):
    """table: {tuple(prefix): {token: prob}}; any other prefix emits eos with probability 1."""

    def step(prefix):
        logp = np.full(V, -np.inf)
        for tok, p in table.get(tuple(prefix), {default_eos: 1.0}).items():
            logp[tok] = math.log(p)
        return logp

    return step


def exhaustive(step, bos, eos, V, max_new, alpha):
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


def greedy(step, bos, eos, max_new):
    seq, lp = [bos], 0.0
    for _ in range(max_new):
        logp = step(seq)
        t = int(np.argmax(logp))
        seq.append(t)
        lp += float(logp[t])
        if t == eos:
            break
    return seq[1:], lp


def test_beam_1_equals_greedy_on_random_models():
    for seed in range(5):
        step = random_model(6, seed)
        tokens, lp = beam_search(step, 0, 5, beam_size=1, max_new=6)
        want_tokens, want_lp = greedy(step, 0, 5, 6)
        assert list(tokens) == want_tokens, f"seed {seed}: got {tokens}, want {want_tokens}"
        assert abs(lp - want_lp) < 1e-9


def test_wide_beam_exhaustive_with_fractional_alpha():
    V, max_new, eos = 5, 3, 2
    for seed in (1, 2):
        step = random_model(V, seed)
        tokens, lp = beam_search(step, 0, eos, beam_size=V**max_new, max_new=max_new, alpha=0.7)
        want_tokens, want_lp = exhaustive(step, 0, eos, V, max_new, 0.7)
        assert list(tokens) == want_tokens, f"seed {seed}: got {tokens}, want {want_tokens}"
        assert abs(lp - want_lp) < 1e-9


def test_unfinished_beams_compete_at_max_new():
    # after bos: a 0.6, b 0.4 and no eos yet; with max_new = 1 nothing has finished
    step = table_model({(0,): {1: 0.6, 2: 0.4}}, 5, 4)
    tokens, lp = beam_search(step, 0, 4, beam_size=2, max_new=1)
    assert list(tokens) == [1], f"got {tokens}, want [1] (the best unfinished beam)"
    assert abs(lp - math.log(0.6)) < 1e-9


def test_eos_as_the_first_token():
    step = table_model({(0,): {4: 0.7, 1: 0.2, 2: 0.1}}, 5, 4)
    for beam_size, alpha in ((1, 0.0), (2, 0.0), (3, 1.0)):
        tokens, lp = beam_search(step, 0, 4, beam_size=beam_size, max_new=5, alpha=alpha)
        assert list(tokens) == [4], f"beam {beam_size}: got {tokens}, want [4]"
        assert abs(lp - math.log(0.7)) < 1e-9


def test_length_is_counted_with_eos_and_without_bos():
    # [eos] has log-prob -1 (length 1), [a, eos] has -1.8 (length 2); other paths are weak
    V, eos, a = 25, 1, 2
    first = {eos: math.exp(-1.0), a: 0.5}
    rest = (1.0 - sum(first.values())) / 22
    first.update({t: rest for t in range(3, V)})
    q = 2.0 * math.exp(-1.8)  # 0.5 * q = exp(-1.8)
    second = {eos: q, **{t: (1.0 - q) / 23 for t in range(2, V) if t != a}, 0: (1.0 - q) / 23}
    step = table_model({(0,): first, (0, a): second}, V, eos)
    tokens, lp = beam_search(step, 0, eos, beam_size=3, max_new=4, alpha=0.0)
    assert list(tokens) == [eos], f"alpha=0: got {tokens}, want [1] (log-prob -1 > -1.8)"
    # alpha=1: -1.8 / 2 = -0.9 beats -1 / 1; counting bos in the length would flip it
    tokens, lp = beam_search(step, 0, eos, beam_size=3, max_new=4, alpha=1.0)
    assert list(tokens) == [a, eos], f"alpha=1: got {tokens}, want [2, 1]"
    assert abs(lp - (-1.8)) < 1e-9, f"logprob {lp}, want -1.8"


def test_a_beam_whose_best_token_is_eos_still_fills_the_beam():
    # from bos: eos 0.35, a 0.33, b 0.32. With beam 2 both a and b must stay live although eos
    # is one of the top two tokens; then [b, eos] (-1.139 / 2) beats [a, c] (-1.166 / 2)
    table = {(0,): {4: 0.35, 1: 0.33, 2: 0.32}, (0, 1): {3: 0.95, 4: 0.05}}
    step = table_model(table, 5, 4)
    tokens, lp = beam_search(step, 0, 4, beam_size=2, max_new=2, alpha=1.0)
    assert list(tokens) == [2, 4], f"got {tokens}, want [2, 4]"
    assert abs(lp - math.log(0.32)) < 1e-9


def test_model_is_called_once_per_live_beam_and_step():
    calls = []
    step = random_model(7, 3, calls)
    beam_search(step, 0, 6, beam_size=3, max_new=5)
    assert len(calls) <= 3 * 5, f"{len(calls)} model calls for beam 3 and 5 steps: at most 15"
    assert all(c[0] == 0 for c in calls), "every prefix passed to the model starts with bos"
