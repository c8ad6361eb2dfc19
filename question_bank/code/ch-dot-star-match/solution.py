def matches(s: str, p: str) -> bool:
    """Whether the pattern p matches the whole string s.

    In p a letter matches itself, '.' matches any single character, and '*' means zero or more
    copies of the element right before it (a letter or '.'). Every '*' follows a letter or '.'.
    """
    m, n = len(s), len(p)
    # ok[i][j]: s[i:] matches p[j:]
    ok = [[False] * (n + 1) for _ in range(m + 1)]
    ok[m][n] = True
    for i in range(m, -1, -1):
        for j in range(n - 1, -1, -1):
            first = i < m and p[j] in (s[i], ".")
            if j + 1 < n and p[j + 1] == "*":
                ok[i][j] = ok[i][j + 2] or (first and ok[i + 1][j])
            else:
                ok[i][j] = first and ok[i + 1][j + 1]
    return ok[0][0]
