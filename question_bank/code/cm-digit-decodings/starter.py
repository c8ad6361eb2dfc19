def count_decodings(s: str) -> int:
    """The number of ways to split the digit string `s` into codes 1..26 (A = 1, ..., Z = 26);
    a code never has a leading zero, so "06" is not a code."""
    raise NotImplementedError
