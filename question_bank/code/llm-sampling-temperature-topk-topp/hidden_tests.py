import numpy as np

from solution import sample_next

PROBS = np.array([0.5, 0.2, 0.15, 0.1, 0.05])
N = 4000


def draws(logits_row, seed=0, **kwargs):
    logits = np.tile(np.asarray(logits_row, dtype=np.float64), (N, 1))
    out = np.asarray(sample_next(logits, np.random.default_rng(seed), **kwargs))
    assert out.shape == (N,), f"shape {out.shape}, want ({N},)"
    return out


def freq(out, token):
    return float(np.mean(out == token))


def test_rows_of_a_batch_are_independent():
    logits = np.full((3, 6), -5.0)
    logits[0, 3] = logits[1, 1] = logits[2, 5] = 5.0
    out = np.asarray(sample_next(logits, np.random.default_rng(1), temperature=0))
    assert out.tolist() == [3, 1, 5], f"greedy per row: got {out.tolist()}, want [3, 1, 5]"
    out = np.asarray(sample_next(logits, np.random.default_rng(1), top_k=1))
    assert out.tolist() == [3, 1, 5], f"top_k=1 per row: got {out.tolist()}, want [3, 1, 5]"
    assert np.issubdtype(out.dtype, np.integer), f"token ids must be integers, got {out.dtype}"


def test_large_logits_are_stable():
    out = draws([1000.0, 999.0, -1000.0], seed=2, top_p=0.99)
    assert set(np.unique(out).tolist()) <= {0, 1}, "token 2 has probability ~0"
    p0 = 1.0 / (1.0 + np.exp(-1.0))
    assert abs(freq(out, 0) - p0) < 0.03, f"P(token 0) = {freq(out, 0):.3f}, want {p0:.3f}"


def test_temperature_is_applied_before_top_p():
    # at temperature 2 the probabilities flatten to 0.34, 0.21, 0.19, 0.15, 0.11 and top_p=0.6
    # needs three tokens; applying top_p first would keep only two
    out = draws(np.log(PROBS), seed=3, temperature=2.0, top_p=0.6)
    assert set(np.unique(out).tolist()) == {0, 1, 2}, f"sampled {sorted(set(out.tolist()))}"
    p = np.sqrt(PROBS)[:3] / np.sqrt(PROBS)[:3].sum()
    for token in range(3):
        f = freq(out, token)
        assert abs(f - p[token]) < 0.03, f"P(token {token}) = {f:.3f}, want {p[token]:.3f}"


def test_top_p_uses_the_renormalised_top_k_distribution():
    # after top_k=3 token 0 has 0.5 / 0.85 = 0.588 >= 0.55, so top_p=0.55 keeps it alone;
    # measured on the unfiltered probabilities (0.5 < 0.55) it would also keep token 1
    out = draws(np.log(PROBS), seed=4, top_k=3, top_p=0.55)
    assert np.all(out == 0), f"sampled {sorted(set(out.tolist()))}, want only token 0"


def test_top_k_larger_than_the_vocabulary_keeps_everything():
    out = draws(np.log(PROBS), seed=5, top_k=10)
    for token in range(5):
        f = freq(out, token)
        assert abs(f - PROBS[token]) < 0.03, f"P(token {token}) = {f:.3f}, want {PROBS[token]}"


def test_top_p_1_and_no_filters_sample_the_full_distribution():
    for kwargs in ({"top_p": 1.0}, {}):
        out = draws(np.log(PROBS), seed=6, **kwargs)
        assert freq(out, 4) > 0.02, f"{kwargs}: token 4 (p = 0.05) is never or rarely sampled"
        for token in range(5):
            f = freq(out, token)
            assert abs(f - PROBS[token]) < 0.03, f"{kwargs}: P(token {token}) = {f:.3f}"


def test_blocked_tokens_are_never_sampled():
    # -inf logits (e.g. banned tokens) have probability 0 at every temperature
    row = [0.0, -np.inf, 0.0, -np.inf]
    for kwargs in ({}, {"temperature": 5.0}, {"top_p": 0.9}, {"top_k": 3}):
        out = draws(row, seed=7, **kwargs)
        assert set(np.unique(out).tolist()) == {0, 2}, f"{kwargs}: sampled {set(out.tolist())}"
