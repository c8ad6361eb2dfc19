import numpy as np

from solution import fit_linreg_gd


def test_constant_column_no_division_by_zero():
    rng = np.random.default_rng(2)
    X = np.column_stack([rng.normal(size=100), np.full(100, 0.1), rng.normal(size=100) * 100])
    y = 2.0 * X[:, 0] - 0.03 * X[:, 2] + 1.0
    with np.errstate(divide="raise", invalid="raise"):
        w, b, losses = fit_linreg_gd(X, y)
    assert np.isfinite(w).all() and np.isfinite(b), f"w={w}, b={b}"
    pred = X @ w + b
    assert np.allclose(pred, y, atol=1e-6), f"max error {np.abs(pred - y).max()}"
    assert abs(w[0] - 2.0) < 1e-6 and abs(w[2] + 0.03) < 1e-6, f"w={w}"


def test_only_a_constant_column():
    X = np.full((5, 1), 4.0)
    y = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
    w, b, _ = fit_linreg_gd(X, y)
    pred = X @ w + b
    assert np.allclose(pred, y.mean(), atol=1e-6), f"predictions {pred}, want the mean 3.0 everywhere"


def test_noisy_data_reaches_least_squares_optimum_and_loss_is_mse():
    rng = np.random.default_rng(3)
    X = rng.normal(size=(300, 3)) * [0.01, 1.0, 1e4]
    y = X @ np.array([100.0, -2.0, 3e-4]) + 0.5 + rng.normal(size=300)
    w, b, losses = fit_linreg_gd(X, y)
    A = np.hstack([X, np.ones((300, 1))])
    sol = np.linalg.lstsq(A, y, rcond=None)[0]
    assert np.allclose(w, sol[:-1], rtol=1e-6, atol=1e-9), f"w {w}, want {sol[:-1]}"
    assert abs(b - sol[-1]) < 1e-6, f"b {b}, want {sol[-1]}"
    mse = np.mean((A @ sol - y) ** 2)
    assert abs(losses[-1] - mse) < 1e-6 * mse, f"last loss {losses[-1]}, want the optimum's MSE {mse}"


def test_negative_slope_large_offset():
    X = np.linspace(1000.0, 1010.0, 21)[:, None]
    y = -4.0 * X[:, 0] + 12345.0
    w, b, _ = fit_linreg_gd(X, y)
    assert abs(w[0] + 4.0) < 1e-6 and abs(b - 12345.0) < 1e-4, f"w={w}, b={b}"


def test_does_not_modify_inputs():
    rng = np.random.default_rng(4)
    X = rng.normal(size=(30, 2)) * [10.0, 0.1]
    y = rng.normal(size=30)
    X0, y0 = X.copy(), y.copy()
    fit_linreg_gd(X, y, n_steps=10)
    assert np.array_equal(X, X0) and np.array_equal(y, y0), "the fit must not change X or y"


def test_many_rows_vectorized():
    # 20,000 rows x 300 steps: a Python loop over rows would not finish in time
    rng = np.random.default_rng(5)
    X = rng.normal(size=(20_000, 8)) * rng.uniform(0.01, 100.0, size=8)
    w_true = rng.normal(size=8)
    y = X @ w_true - 1.0
    w, b, _ = fit_linreg_gd(X, y, n_steps=300)
    assert np.allclose(X @ w + b, y, atol=1e-4), "300 steps on well-scaled data should fit exactly"
