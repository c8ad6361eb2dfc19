def matches(s: str, p: str) -> bool:
    """Whether the pattern p matches the whole string s.

    In p a letter matches itself, '.' matches any single character, and '*' means zero or more
    copies of the element right before it (a letter or '.'). Every '*' follows a letter or '.'.
    """
    raise NotImplementedError
