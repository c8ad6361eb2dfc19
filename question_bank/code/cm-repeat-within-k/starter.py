def has_near_repeat(ids: list[int], k: int) -> bool:
    """True if some id occurs at two positions i != j with |i - j| <= k."""
    raise NotImplementedError
