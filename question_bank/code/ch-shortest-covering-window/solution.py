from collections import Counter


def shortest_cover(s: str, t: str) -> str:
    """The shortest substring of s containing every character of t at least as often as t does.

    Characters are case-sensitive ASCII letters. Among windows of the minimum length, the one
    that starts first wins; returns "" when no substring of s covers t.
    """
    need = Counter(t)  # how many more copies of each character the window still needs
    missing = len(t)  # required copies not yet in the window
    best_start, best_len = 0, len(s) + 1
    left = 0
    for right, ch in enumerate(s):
        if need[ch] > 0:
            missing -= 1
        need[ch] -= 1
        while missing == 0:  # the window s[left:right + 1] covers t: shrink it
            if right - left + 1 < best_len:  # strictly shorter, so the earliest tie stays
                best_start, best_len = left, right - left + 1
            need[s[left]] += 1
            if need[s[left]] > 0:
                missing += 1
            left += 1
    return "" if best_len > len(s) else s[best_start : best_start + best_len]
