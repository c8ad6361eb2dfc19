import random

from solution import max_pay


def check(gigs, want):
    got = max_pay(gigs)
    shown = gigs if len(gigs) <= 10 else f"<{len(gigs)} gigs>"
    assert got == want, f"max_pay({shown}): got {got}, want {want}"


def test_end_equal_to_start_is_compatible():
    check([[0, 5, 3], [5, 10, 3], [0, 10, 5]], 6)


def test_overlap_by_one_unit_is_not():
    check([[0, 6, 3], [5, 10, 3], [0, 10, 5]], 5)


def test_unsorted_input_with_equal_end_times():
    check([[3, 10, 4], [0, 10, 9], [0, 3, 4]], 9)
    check([[5, 9, 2], [0, 9, 1], [0, 5, 2], [9, 12, 1]], 5)


def test_earliest_end_greedy_is_wrong_with_pay():
    check([[0, 3, 1], [2, 100, 10]], 10)


def test_highest_pay_greedy_is_wrong():
    check([[0, 10, 10], [0, 5, 6], [5, 10, 6]], 12)


def test_extreme_times_and_pay():
    check([[0, 10**9, 10_000], [0, 1, 1], [10**9 - 1, 10**9, 1]], 10_000)
    check([[0, 1, 10_000], [1, 10**9, 10_000]], 20_000)


def test_many_gigs():
    # 5 * 10^4 gigs in random order. Each two-hour slot has one gig paying 3 over the whole
    # slot and two one-hour gigs paying 1 each; the long gigs [0, end of slot i] pay only 1.
    # An O(n^2) DP, or a scan back for the last compatible gig, would not finish in time.
    slots = 12_500
    hour = 10_000
    gigs = []
    for s in range(slots):
        t = 2 * s * hour
        gigs += [[t, t + 2 * hour, 3], [t, t + hour, 1], [t + hour, t + 2 * hour, 1]]
        gigs.append([0, t + 2 * hour, 1])
    random.Random(0).shuffle(gigs)
    check(gigs, 3 * slots)
