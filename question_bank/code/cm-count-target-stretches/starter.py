def count_stretches(deltas: list[int], k: int) -> int:
    """Number of contiguous, non-empty stretches of `deltas` whose values sum to exactly `k`.

    Values and `k` may be negative.
    """
    raise NotImplementedError
