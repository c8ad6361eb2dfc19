import math

from solution import Value


def f(x, y):
    return (
        ((x * y + x**2).tanh() + (x / y).exp()) ** 2
        - 3 * x
        + 1 / y
        + (2 - y).relu()
        + (x * x * x).log()
    )


def f_float(x, y):
    return (
        (math.tanh(x * y + x**2) + math.exp(x / y)) ** 2
        - 3 * x
        + 1 / y
        + max(2 - y, 0.0)
        + math.log(x * x * x)
    )


def test_example_1_square():
    a = Value(3.0)
    (a * a).backward()
    assert a.grad == 6.0, f"d(a*a)/da at 3 = {a.grad}, want 6.0"


def test_example_2_value_used_twice():
    a = Value(2.0)
    b = a + a
    (b * a).backward()
    assert a.grad == 8.0, f"d(2a^2)/da at 2 = {a.grad}, want 8.0"


def test_example_3_composite_function_matches_finite_differences():
    x, y = Value(0.7), Value(1.3)
    out = f(x, y)
    assert abs(out.data - f_float(0.7, 1.3)) < 1e-12, f"f(0.7, 1.3) = {out.data}"
    out.backward()
    h = 1e-6
    dx = (f_float(0.7 + h, 1.3) - f_float(0.7 - h, 1.3)) / (2 * h)
    dy = (f_float(0.7, 1.3 + h) - f_float(0.7, 1.3 - h)) / (2 * h)
    assert abs(x.grad - dx) < 1e-6, f"x.grad = {x.grad}, finite differences give {dx}"
    assert abs(y.grad - dy) < 1e-6, f"y.grad = {y.grad}, finite differences give {dy}"


def test_example_4_train_a_tanh_neuron():
    points = [((2.0, 1.0), 1.0), ((-1.0, -2.0), -1.0), ((1.5, -0.5), 1.0), ((-2.0, 0.5), -1.0)]
    w1, w2, b = Value(0.1), Value(-0.2), Value(0.0)
    for _ in range(200):
        loss = Value(0.0)
        for (u, v), target in points:
            pred = (w1 * u + w2 * v + b).tanh()
            loss = loss + (pred - target) ** 2
        for p in (w1, w2, b):
            p.grad = 0.0
        loss.backward()
        for p in (w1, w2, b):
            p.data -= 0.05 * p.grad
    assert loss.data < 0.2, f"squared loss after 200 steps: {loss.data:.4f}, want < 0.2"
