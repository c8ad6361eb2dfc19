def edit_distance(a: str, b: str) -> int:
    """The minimum number of single-character edits (insert, delete or replace one character)
    that turn `a` into `b`."""
    prev = list(range(len(b) + 1))  # row i - 1: distances from a[:i - 1] to each b[:j]
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1]
            else:
                # delete a[i - 1], insert b[j - 1], or replace one with the other
                cur[j] = 1 + min(prev[j], cur[j - 1], prev[j - 1])
        prev = cur
    return prev[len(b)]
