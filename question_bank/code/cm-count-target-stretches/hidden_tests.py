import random

from solution import count_stretches


def brute(deltas, k):
    count = 0
    for i in range(len(deltas)):
        total = 0
        for j in range(i, len(deltas)):
            total += deltas[j]
            count += total == k
    return count


def test_single_day():
    assert count_stretches([5], 5) == 1
    assert count_stretches([5], -5) == 0


def test_negative_target():
    # [-1] twice, and [-1, -1, 1]
    got = count_stretches([-1, -1, 1], -1)
    assert got == 3, f"got {got}, want 3"


def test_unreachable_target():
    assert count_stretches([1000, -1000, 1000], 10**7) == 0


def test_matches_brute_force_on_random_inputs():
    rng = random.Random(0)
    for _ in range(200):
        deltas = [rng.randint(-3, 3) for _ in range(rng.randint(1, 25))]
        k = rng.randint(-4, 4)
        got, want = count_stretches(deltas, k), brute(deltas, k)
        assert got == want, f"deltas={deltas}, k={k}: got {got}, want {want}"


def test_large_input_is_linear():
    # 2 * 10^4 days: summing every stretch does not finish
    n = 20_000
    got = count_stretches([0] * n, 0)
    assert got == n * (n + 1) // 2, f"got {got}, want {n * (n + 1) // 2}"
    # prefix sums alternate 1, 0, 1, 0, ...: equal pairs among 10001 zeros and 10000 ones
    got = count_stretches([1, -1] * (n // 2), 0)
    want = 10_001 * 10_000 // 2 + 10_000 * 9_999 // 2
    assert got == want, f"got {got}, want {want}"
