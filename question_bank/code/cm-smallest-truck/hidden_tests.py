import random

from solution import min_capacity


def test_single_parcel():
    assert min_capacity([500], 1) == 500


def test_heaviest_parcel_bounds_the_answer():
    # sum / d is about 52, but the 100 must fit on the truck
    got = min_capacity([1, 1, 1, 100], 2)
    assert got == 100, f"got {got}, want 100"
    assert min_capacity([3, 500, 3], 3) == 500


def test_equal_weights():
    assert min_capacity([7] * 10, 3) == 28
    assert min_capacity([7] * 10, 10) == 7


def test_smallest_feasible_not_just_feasible():
    # capacity 6 ships [3, 2] [2, 4] [1, 4] in 3 days; 5 needs 4 days
    got = min_capacity([3, 2, 2, 4, 1, 4], 3)
    assert got == 6, f"got {got}, want 6"


def test_large_input_uses_binary_search():
    # 5 * 10^4 parcels and an answer near sum / 2: trying capacities one by one does not finish
    rng = random.Random(0)
    weights = [rng.randint(1, 500) for _ in range(50_000)]
    total, prefix, want = sum(weights), 0, sum(weights)
    for w in weights[:-1]:
        prefix += w
        want = min(want, max(prefix, total - prefix))  # best cut into two days
    got = min_capacity(weights, 2)
    assert got == want, f"got {got}, want {want}"
