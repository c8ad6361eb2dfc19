def longest_k_distinct(s: str, k: int) -> int:
    """Length of the longest substring of `s` with at most `k` distinct characters."""
    raise NotImplementedError
