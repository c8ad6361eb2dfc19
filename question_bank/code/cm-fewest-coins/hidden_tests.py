from solution import fewest_coins


def test_single_coin_exact_and_not():
    assert fewest_coins([5], 5) == 1
    assert fewest_coins([5], 4) == -1
    assert fewest_coins([1], 1) == 1


def test_coin_larger_than_the_amount():
    # a coin of 2^31 - 1 must simply be unusable, not break the table
    got = fewest_coins([2**31 - 1, 3], 9)
    assert got == 3, f"got {got}, want 3"
    got = fewest_coins([2**31 - 1], 10_000)
    assert got == -1, f"got {got}, want -1"


def test_greedy_fails_with_unsorted_coins():
    # largest-first takes 10 + 1 + 1 + 1 + 1; the best is 7 + 7
    got = fewest_coins([10, 1, 7], 14)
    assert got == 2, f"got {got}, want 2"


def test_greedy_dead_end_still_has_an_answer():
    # largest-first takes 5 and is stuck at 1; 3 + 3 works
    got = fewest_coins([5, 3], 6)
    assert got == 2, f"got {got}, want 2"


def test_large_amount_only_ones():
    # 10^4 coins of 1: a recursive solution goes 10^4 calls deep and overflows the stack
    got = fewest_coins([1], 10_000)
    assert got == 10_000, f"got {got}, want 10000"


def test_large_amount_unreachable():
    # only even coins and an odd amount: every amount up to 9999 has to be ruled out.
    # Trying combinations without remembering sub-results explodes.
    coins = [24, 2, 20, 4, 18, 6, 16, 8, 14, 10, 12, 22]
    got = fewest_coins(coins, 9_999)
    assert got == -1, f"got {got}, want -1"


def test_large_amount_where_greedy_is_far_off():
    # 3333 * 3 = 9999, and no two coins make 9999. Largest-first takes 5000 + 3333 and then
    # 1666 coins of 1.
    got = fewest_coins([1, 5000, 3333], 9_999)
    assert got == 3, f"got {got}, want 3"
