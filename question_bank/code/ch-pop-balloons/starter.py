def max_pop_score(vals: list[int]) -> int:
    """The highest total score for popping every balloon of the row vals.

    Popping a balloon scores left * value * right, where left and right are the numbers on its
    current neighbours among the unpopped balloons (1 where there is none on that side).
    """
    raise NotImplementedError
