def longest_k_distinct(s: str, k: int) -> int:
    """Length of the longest substring of `s` with at most `k` distinct characters."""
    count: dict[str, int] = {}  # characters of the window s[left..right] -> occurrences
    left = best = 0
    for right, c in enumerate(s):
        count[c] = count.get(c, 0) + 1
        while len(count) > k:
            d = s[left]
            count[d] -= 1
            if count[d] == 0:
                del count[d]
            left += 1
        best = max(best, right - left + 1)
    return best
