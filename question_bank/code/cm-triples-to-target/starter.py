def triples(nums: list[int], target: int) -> list[list[int]]:
    """Every distinct triple of values [a, b, c], a <= b <= c, with a + b + c == target.

    The three values must come from three different positions of `nums`. Each triple appears
    once, written in non-decreasing order; the triples may be listed in any order.
    """
    raise NotImplementedError
