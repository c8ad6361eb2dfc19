def shortest_cover(s: str, t: str) -> str:
    """The shortest substring of s containing every character of t at least as often as t does.

    Characters are case-sensitive ASCII letters. Among windows of the minimum length, the one
    that starts first wins; returns "" when no substring of s covers t.
    """
    raise NotImplementedError
