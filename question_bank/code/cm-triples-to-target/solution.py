def triples(nums: list[int], target: int) -> list[list[int]]:
    """Every distinct triple of values [a, b, c], a <= b <= c, with a + b + c == target.

    The three values must come from three different positions of `nums`. Each triple appears
    once, written in non-decreasing order; the triples may be listed in any order.
    """
    nums = sorted(nums)
    n, out = len(nums), []
    for i in range(n - 2):
        if i > 0 and nums[i] == nums[i - 1]:
            continue  # same first value: same triples as before
        lo, hi = i + 1, n - 1
        while lo < hi:
            s = nums[i] + nums[lo] + nums[hi]
            if s < target:
                lo += 1
            elif s > target:
                hi -= 1
            else:
                out.append([nums[i], nums[lo], nums[hi]])
                lo += 1
                while lo < hi and nums[lo] == nums[lo - 1]:
                    lo += 1
                hi -= 1
    return out
