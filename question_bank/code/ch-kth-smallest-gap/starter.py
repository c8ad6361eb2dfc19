def kth_gap(nums: list[int], k: int) -> int:
    """The k-th smallest of the distances |nums[i] - nums[j]| over all pairs of positions i < j.

    k is 1-indexed, and pairs with equal distances are counted separately.
    """
    raise NotImplementedError
