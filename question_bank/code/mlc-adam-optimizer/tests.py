import numpy as np

from solution import Adam


def test_example_first_step_moves_each_coordinate_by_lr():
    p = np.array([1.0, -2.0, 3.0])
    opt = Adam([p], lr=0.1)
    opt.step([np.array([0.5, -1e-3, 100.0])])
    assert np.allclose(p, [0.9, -1.9, 2.9], atol=1e-5), f"p = {p}, want about [0.9, -1.9, 2.9]"


def test_example_minimizes_ill_conditioned_quadratic():
    w = np.array([5.0, -3.0])
    opt = Adam([w], lr=0.05)
    for _ in range(2000):
        opt.step([w * np.array([1.0, 100.0])])  # gradient of 0.5 * (w1^2 + 100 w2^2)
    assert np.all(np.abs(w) < 1e-6), f"w = {w} after 2,000 steps, want both below 1e-6"
