import math

from solution import Value


def test_chain_of_20000_operations():
    x = Value(1.0)
    y = x
    for _ in range(20_000):
        y = y + x
    y.backward()
    assert y.data == 20_001.0, f"value {y.data}, want 20001"
    assert x.grad == 20_001.0, f"x.grad = {x.grad}, want 20001"


def test_gradients_accumulate_across_backward_calls():
    a, b = Value(3.0), Value(-2.0)
    (a * b + a).backward()
    assert (a.grad, b.grad) == (-1.0, 3.0), f"grads {a.grad}, {b.grad}, want -1, 3"
    (a * b + a).backward()  # a fresh graph, no reset in between: gradients add up
    assert (a.grad, b.grad) == (-2.0, 6.0), f"grads {a.grad}, {b.grad}, want -2, 6"


def test_operators_with_numbers_on_either_side():
    cases = [
        (lambda a: 2 + a, 5.0, 1.0),
        (lambda a: a + 2, 5.0, 1.0),
        (lambda a: 2 - a, -1.0, -1.0),
        (lambda a: a - 2, 1.0, 1.0),
        (lambda a: 2 * a, 6.0, 2.0),
        (lambda a: a * 2, 6.0, 2.0),
        (lambda a: 2 / a, 2 / 3, -2 / 9),
        (lambda a: a / 2, 1.5, 0.5),
        (lambda a: -a, -3.0, -1.0),
        (lambda a: a - a, 0.0, 0.0),
    ]
    for i, (fn, value, grad) in enumerate(cases):
        a = Value(3.0)
        out = fn(a)
        out.backward()
        assert abs(out.data - value) < 1e-12, f"case {i}: value {out.data}, want {value}"
        assert abs(a.grad - grad) < 1e-12, f"case {i}: grad {a.grad}, want {grad}"


def test_powers_with_negative_and_fractional_exponents():
    for exponent in (3, -2, 0.5, -1.5):
        a = Value(2.5)
        out = a**exponent
        out.backward()
        want = exponent * 2.5 ** (exponent - 1)
        assert abs(out.data - 2.5**exponent) < 1e-12, f"2.5 ** {exponent} = {out.data}"
        assert abs(a.grad - want) < 1e-12, f"d/da a ** {exponent}: {a.grad}, want {want}"


def test_unary_functions_values_and_derivatives():
    cases = [
        ("exp", 0.3, math.exp(0.3), math.exp(0.3)),
        ("log", 0.3, math.log(0.3), 1 / 0.3),
        ("tanh", 0.3, math.tanh(0.3), 1 - math.tanh(0.3) ** 2),
        ("relu", 0.3, 0.3, 1.0),
        ("relu", -0.3, 0.0, 0.0),
    ]
    for name, x, value, grad in cases:
        a = Value(x)
        out = getattr(a, name)()
        out.backward()
        assert abs(out.data - value) < 1e-12, f"{name}({x}) = {out.data}, want {value}"
        assert abs(a.grad - grad) < 1e-12, f"{name}'({x}) = {a.grad}, want {grad}"


def test_diamond_graph_matches_finite_differences():
    def g(x):
        s = x * 2.0
        t = s.tanh()
        return (s * t + t.exp() / s) * (t - s) ** 2

    def g_float(x):
        s = 2 * x
        t = math.tanh(s)
        return (s * t + math.exp(t) / s) * (t - s) ** 2

    for x0 in (0.4, -1.1):
        x = Value(x0)
        g(x).backward()
        h = 1e-6
        want = (g_float(x0 + h) - g_float(x0 - h)) / (2 * h)
        assert abs(x.grad - want) < 1e-5 * max(1.0, abs(want)), f"x={x0}: {x.grad}, want {want}"


def test_backward_of_a_leaf_and_untouched_inputs():
    a, b = Value(4.0), Value(5.0)
    a.backward()
    assert a.grad == 1.0, "d a / d a = 1"
    c = a * 3.0
    c.backward()
    assert b.grad == 0.0, "a value that the output does not depend on keeps grad 0"


def test_shared_subgraph_is_visited_once():
    # x_{i+1} = x_i + x_i: 2^60 paths but only 61 nodes; each node must be processed once
    # (last in this file: a backward that follows every path never finishes)
    a = Value(1.5)
    y = a
    for _ in range(60):
        y = y + y
    y.backward()
    assert a.grad == 2.0**60, f"a.grad = {a.grad}, want 2^60"
