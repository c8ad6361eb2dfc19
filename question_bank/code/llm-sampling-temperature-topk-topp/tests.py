import numpy as np

from solution import sample_next

PROBS = np.array([0.5, 0.2, 0.15, 0.1, 0.05])
N = 4000  # draws per check: the standard error of a frequency is at most 0.008


def draws(seed=0, **kwargs):
    logits = np.tile(np.log(PROBS), (N, 1))  # N identical rows = N draws in one call
    out = np.asarray(sample_next(logits, np.random.default_rng(seed), **kwargs))
    assert out.shape == (N,), f"shape {out.shape}, want ({N},)"
    return out


def freq(out, token):
    return float(np.mean(out == token))


def test_example_1_greedy_and_top_k_1_return_token_0():
    assert np.all(draws(temperature=0) == 0), "temperature=0 must be greedy"
    assert np.all(draws(top_k=1) == 0), "top_k=1 must always return the top token"


def test_example_2_top_p_0_6_keeps_tokens_0_and_1():
    out = draws(top_p=0.6)
    assert set(np.unique(out).tolist()) == {0, 1}, f"sampled {sorted(set(out.tolist()))}"
    f0 = freq(out, 0)
    assert abs(f0 - 0.5 / 0.7) < 0.03, f"P(token 0) = {f0:.3f}, want 0.714"


def test_example_3_tiny_top_p_always_returns_token_0():
    assert np.all(draws(top_p=1e-9) == 0), "a tiny top_p must keep only the top token"


def test_example_4_top_k_3():
    out = draws(top_k=3)
    assert not np.isin(out, [3, 4]).any(), "tokens 3 and 4 are outside the top 3"
    f0 = freq(out, 0)
    assert abs(f0 - 0.5 / 0.85) < 0.03, f"P(token 0) = {f0:.3f}, want 0.588"


def test_example_5_high_temperature_is_nearly_uniform():
    out = draws(temperature=100)
    for token in range(5):
        f = freq(out, token)
        assert abs(f - 0.2) < 0.03, f"P(token {token}) = {f:.3f}, want about 0.2"
