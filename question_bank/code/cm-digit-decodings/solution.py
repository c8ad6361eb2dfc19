def count_decodings(s: str) -> int:
    """The number of ways to split the digit string `s` into codes 1..26 (A = 1, ..., Z = 26);
    a code never has a leading zero, so "06" is not a code."""
    before_prev, prev = 0, 1  # decodings of the prefixes of length i - 2 and i - 1
    for i in range(1, len(s) + 1):
        current = prev if s[i - 1] != "0" else 0  # last code is one digit
        if i >= 2 and 10 <= int(s[i - 2 : i]) <= 26:  # last code is two digits
            current += before_prev
        before_prev, prev = prev, current
    return prev
