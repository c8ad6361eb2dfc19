def longest_mirror(s: str) -> str:
    """The longest contiguous substring of `s` (non-empty) that reads the same forwards and
    backwards; among several of the maximum length, the one that starts first."""
    best_lo, best_hi = 0, 1
    # centre c is the character c // 2 (c even) or the gap after it (c odd)
    for centre in range(2 * len(s) - 1):
        lo = centre // 2
        hi = lo + centre % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo, hi = lo - 1, hi + 1
        # s[lo + 1:hi] is the palindrome; strictly longer only, so ties keep the earliest
        if hi - lo - 1 > best_hi - best_lo:
            best_lo, best_hi = lo + 1, hi
    return s[best_lo:best_hi]
