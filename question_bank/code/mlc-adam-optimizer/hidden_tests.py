import numpy as np

from solution import Adam


def reference_steps(p, grads, lr, b1=0.9, b2=0.999, eps=1e-8):
    p = p.copy()
    m = np.zeros_like(p)
    v = np.zeros_like(p)
    for t, g in enumerate(grads, start=1):
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        p = p - lr * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + eps)
    return p


def test_updates_caller_arrays_in_place_for_several_params():
    a = np.array([[1.0, 2.0], [3.0, 4.0]])
    b = np.array([0.5])
    opt = Adam([a, b], lr=0.01)
    ga = [np.array([[1.0, -1.0], [0.1, 0.0]]), np.array([[2.0, 0.5], [-0.3, 1.0]])]
    gb = [np.array([-3.0]), np.array([1.0])]
    for i in range(2):
        opt.step([ga[i], gb[i]])
    want_a = reference_steps(np.array([[1.0, 2.0], [3.0, 4.0]]), ga, 0.01)
    want_b = reference_steps(np.array([0.5]), gb, 0.01)
    assert np.allclose(a, want_a, atol=1e-12), f"a = {a}, want {want_a} (updated in place)"
    assert np.allclose(b, want_b, atol=1e-12), f"b = {b}, want {want_b}"


def test_bias_correction_over_many_steps():
    rng = np.random.default_rng(0)
    p = rng.normal(size=5)
    p0 = p.copy()
    grads = [rng.normal(size=5) * 10 for _ in range(25)]
    opt = Adam([p], lr=0.003, betas=(0.8, 0.99), eps=1e-6)
    for g in grads:
        opt.step([g])
    want = reference_steps(p0, grads, 0.003, 0.8, 0.99, 1e-6)
    assert np.allclose(p, want, rtol=1e-10, atol=1e-12), f"max difference {np.abs(p - want).max():.2e}"


def test_zero_gradient_leaves_params_without_weight_decay():
    p = np.array([1.0, -1.0])
    opt = Adam([p], lr=0.1)
    for _ in range(3):
        opt.step([np.zeros(2)])
    assert np.array_equal(p, [1.0, -1.0]), f"p = {p}: zero gradients must not move the weights"


def test_weight_decay_is_decoupled():
    # with zero gradients AdamW shrinks p by (1 - lr * wd) per step; L2 in the gradient would
    # instead move p by about lr per step
    p = np.array([2.0, -4.0])
    opt = Adam([p], lr=0.1, weight_decay=0.1)
    for _ in range(3):
        opt.step([np.zeros(2)])
    want = np.array([2.0, -4.0]) * (1 - 0.01) ** 3
    assert np.allclose(p, want, atol=1e-12), f"p = {p}, want {want}"


def test_weight_decay_with_gradient():
    p = np.array([3.0])
    opt = Adam([p], lr=0.1, weight_decay=0.5)
    opt.step([np.array([2.0])])
    # decay 3 * 0.1 * 0.5 = 0.15, Adam step ~0.1 (either order of the two terms is fine)
    assert abs(p[0] - 2.75) < 0.01, f"p = {p}, want about 3 - 0.15 - 0.1 = 2.75"


def test_state_is_per_parameter():
    x = np.array([0.0])
    y = np.array([0.0])
    opt = Adam([x, y], lr=0.1)
    opt.step([np.array([1.0]), np.array([0.0])])
    opt.step([np.array([0.0]), np.array([1.0])])
    want_x = reference_steps(np.array([0.0]), [np.array([1.0]), np.array([0.0])], 0.1)
    want_y = reference_steps(np.array([0.0]), [np.array([0.0]), np.array([1.0])], 0.1)
    assert np.allclose(x, want_x, atol=1e-12) and np.allclose(y, want_y, atol=1e-12), (
        f"x = {x}, y = {y}, want {want_x}, {want_y}: moments must not be shared"
    )
