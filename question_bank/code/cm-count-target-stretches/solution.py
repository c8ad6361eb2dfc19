def count_stretches(deltas: list[int], k: int) -> int:
    """Number of contiguous, non-empty stretches of `deltas` whose values sum to exactly `k`.

    Values and `k` may be negative.
    """
    seen = {0: 1}  # prefix sum -> how many prefixes so far have it (the empty one included)
    total = count = 0
    for d in deltas:
        total += d
        count += seen.get(total - k, 0)
        seen[total] = seen.get(total, 0) + 1
    return count
