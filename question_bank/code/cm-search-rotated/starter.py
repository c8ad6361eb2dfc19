def search(nums: list[int], target: int) -> int:
    """Index of `target` in `nums`, or -1 if it is absent, in O(log n).

    `nums` holds distinct integers, sorted in increasing order and then rotated at an unknown
    position (possibly not at all).
    """
    raise NotImplementedError
