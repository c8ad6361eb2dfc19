import random

from solution import kth_gap


def check(nums, k, want):
    got = kth_gap(nums, k)
    shown = nums if len(nums) <= 20 else f"<{len(nums)} numbers>"
    assert got == want, f"kth_gap({shown}, {k}): got {got}, want {want}"


def test_two_numbers():
    check([7, 3], 1, 4)
    check([0, 1_000_000], 1, 1_000_000)


def test_all_equal_numbers():
    check([5, 5, 5, 5], 1, 0)
    check([5, 5, 5, 5], 6, 0)


def test_equal_distances_count_separately():
    # distances: 0, 0, 0, 4, 4, 4
    check([1, 1, 5, 1], 3, 0)
    check([1, 1, 5, 1], 4, 4)
    check([1, 1, 5, 1], 6, 4)


def test_last_k_is_max_minus_min():
    check([9, 2, 14, 3, 8], 10, 12)


def test_answer_is_a_real_distance():
    # no pair is at distance 1..9, so the 2nd smallest must be 10, not some d in between
    check([0, 10, 30], 1, 10)
    check([0, 10, 30], 2, 20)
    check([0, 10, 30], 3, 30)


def test_large_input_avoids_listing_all_pairs():
    # 10^4 numbers, about 5 * 10^7 pairs: listing or heap-walking them would not finish in time
    n = 10_000
    nums = [100 * i for i in range(n)]
    random.Random(0).shuffle(nums)

    def pairs_within_index_gap(d):  # pairs whose sorted positions are at most d apart
        return d * n - d * (d + 1) // 2

    check(nums, pairs_within_index_gap(5_000), 500_000)
    check(nums, pairs_within_index_gap(5_000) + 1, 500_100)
    check(nums, n * (n - 1) // 2, 999_900)
