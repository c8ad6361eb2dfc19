def shortest_front_palindrome(s: str) -> str:
    """The shortest palindrome made by adding characters only to the front of s."""
    # The longest palindromic prefix of s is the longest prefix of s that is also a suffix of
    # reversed(s): the last value of the KMP failure function of s + '#' + reversed(s).
    t = s + "#" + s[::-1]
    fail = [0] * len(t)
    for i in range(1, len(t)):
        k = fail[i - 1]
        while k and t[i] != t[k]:
            k = fail[k - 1]
        if t[i] == t[k]:
            k += 1
        fail[i] = k
    keep = fail[-1]
    return s[keep:][::-1] + s
