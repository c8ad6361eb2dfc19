def search(nums: list[int], target: int) -> int:
    """Index of `target` in `nums`, or -1 if it is absent, in O(log n).

    `nums` holds distinct integers, sorted in increasing order and then rotated at an unknown
    position (possibly not at all).
    """
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[lo] <= nums[mid]:  # nums[lo..mid] is sorted
            if nums[lo] <= target < nums[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:  # nums[mid..hi] is sorted
            if nums[mid] < target <= nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
