from solution import search


def test_single_element_absent():
    assert search([4], 5) == -1
    assert search([4], 3) == -1


def test_two_elements_rotated():
    assert search([2, 1], 1) == 1
    assert search([2, 1], 2) == 0
    assert search([2, 1], 3) == -1


def test_not_rotated_and_rotated_by_one_less_than_length():
    assert search([-9, -4, 0, 5, 11], -9) == 0
    assert search([-9, -4, 0, 5, 11], 11) == 4
    assert search([3, 4, 5, 6, 7, 1], 1) == 5
    assert search([3, 4, 5, 6, 7, 1], 2) == -1


def test_every_rotation_and_target_of_small_arrays():
    for n in range(1, 9):
        base = [10 * i - 30 for i in range(n)]  # -30, -20, ... including negatives
        for r in range(n):
            nums = base[r:] + base[:r]
            for t in range(-35, 10 * n - 25, 5):
                want = nums.index(t) if t in nums else -1
                got = search(nums, t)
                assert got == want, f"nums={nums}, target={t}: got {got}, want {want}"


def test_large_array_many_queries_in_log_time():
    # 10^5 values and 10^4 queries: a linear scan per query does not finish
    n = 100_000
    base = [-(10**9) + 19_999 * i for i in range(n)]  # increasing, spanning the value range
    r = 1_234
    nums = base[r:] + base[:r]
    for q in range(10_000):
        i = n - 1 - 7 * q
        assert search(nums, nums[i]) == i, f"query {q}: target {nums[i]} is at {i}"
    assert search(nums, 10**9) == -1
    assert search(nums, base[0] - 1) == -1
