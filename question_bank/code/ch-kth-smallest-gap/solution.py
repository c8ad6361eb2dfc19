def kth_gap(nums: list[int], k: int) -> int:
    """The k-th smallest of the distances |nums[i] - nums[j]| over all pairs of positions i < j.

    k is 1-indexed, and pairs with equal distances are counted separately.
    """
    nums = sorted(nums)

    def pairs_within(d: int) -> int:
        """How many pairs are at distance <= d (two pointers over the sorted values)."""
        count = left = 0
        for right, x in enumerate(nums):
            while x - nums[left] > d:
                left += 1
            count += right - left
        return count

    lo, hi = 0, nums[-1] - nums[0]
    while lo < hi:  # the smallest d with pairs_within(d) >= k
        mid = (lo + hi) // 2
        if pairs_within(mid) >= k:
            hi = mid
        else:
            lo = mid + 1
    return lo
