from solution import start_depot


def test_single_depot():
    assert start_depot([0], [0]) == 0, "an empty tank and a free leg is fine"
    assert start_depot([5], [3]) == 0
    assert start_depot([2], [3]) == -1


def test_tank_may_reach_exactly_zero():
    # gains -2, +2: from depot 1 the tank holds 2, then exactly 0 after the last leg
    got = start_depot([0, 2], [2, 0])
    assert got == 1, f"got {got}, want 1"


def test_smallest_of_several_valid_starts():
    # gains -1, +1, +1: depots 1 and 2 both work
    got = start_depot([0, 2, 2], [1, 1, 1])
    assert got == 1, f"got {got}, want 1"


def test_wrap_around_leg_counts():
    # from depot 2 the tank is fine until the wrap-around legs back through 0 and 1
    got = start_depot([1, 1, 9, 0], [3, 3, 2, 4])
    assert got == -1, f"got {got}, want -1 (total fuel 11 < total cost 12)"
    got = start_depot([1, 1, 9, 1], [3, 3, 2, 4])
    assert got == 2, f"got {got}, want 2"


def test_running_negative_after_a_good_start():
    # depot 0 looks good (gain +3) but the tank fails later; the answer is after the failure
    got = start_depot([4, 0, 0, 6], [1, 5, 1, 1])
    assert got == 3, f"got {got}, want 3"


def test_large_input_answer_is_the_last_depot():
    # 10^5 depots: legs 0..n-3 break even, depot n-2 costs 10^4 more than it gives and depot
    # n-1 gives 10^4. Only the last depot works, and trying each start in turn drives almost
    # the whole loop from each one: about 5 * 10^9 steps.
    n = 100_000
    fuel = [1] * (n - 2) + [0, 10_000]
    cost = [1] * (n - 2) + [10_000, 0]
    got = start_depot(fuel, cost)
    assert got == n - 1, f"got {got}, want {n - 1}"
    fuel[-1] -= 1  # now one unit short in total
    got = start_depot(fuel, cost)
    assert got == -1, f"got {got}, want -1"
