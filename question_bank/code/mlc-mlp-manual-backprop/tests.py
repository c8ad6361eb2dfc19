import numpy as np

from solution import grad_check, init_params, train


def test_example_grad_check_on_random_batch():
    rng = np.random.default_rng(0)
    params = init_params(5, 7, 3, rng)
    X = rng.normal(size=(8, 5))
    y = rng.integers(0, 3, size=8)
    err = grad_check(params, X, y)
    assert err < 1e-6, f"grad_check returned {err:.2e}, want < 1e-6"


def test_example_overfits_xor():
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    y = np.array([0, 1, 1, 0])
    params, loss = train(X, y, H=16, C=2, lr=0.5, steps=2000)
    assert loss < 0.01, f"XOR loss after 2,000 steps is {loss:.4f}, want < 0.01"
    z1 = X @ params["W1"] + params["b1"]
    logits = np.maximum(z1, 0) @ params["W2"] + params["b2"]
    assert list(logits.argmax(1)) == [0, 1, 1, 0], "the trained network must classify XOR"
