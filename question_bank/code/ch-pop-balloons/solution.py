def max_pop_score(vals: list[int]) -> int:
    """The highest total score for popping every balloon of the row vals.

    Popping a balloon scores left * value * right, where left and right are the numbers on its
    current neighbours among the unpopped balloons (1 where there is none on that side).
    """
    v = [1, *vals, 1]
    n = len(v)
    # best[left][right]: the best score for popping every balloon strictly between left and
    # right while both still stand; k is the last balloon popped in that range
    best = [[0] * n for _ in range(n)]
    for gap in range(2, n):
        for left in range(n - gap):
            right = left + gap
            ends = v[left] * v[right]
            best[left][right] = max(
                best[left][k] + ends * v[k] + best[k][right] for k in range(left + 1, right)
            )
    return best[0][n - 1]
