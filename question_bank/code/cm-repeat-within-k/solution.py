def has_near_repeat(ids: list[int], k: int) -> bool:
    """True if some id occurs at two positions i != j with |i - j| <= k."""
    last: dict[int, int] = {}
    for i, x in enumerate(ids):
        if x in last and i - last[x] <= k:
            return True
        last[x] = i
    return False
