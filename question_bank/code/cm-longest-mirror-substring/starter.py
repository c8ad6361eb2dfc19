def longest_mirror(s: str) -> str:
    """The longest contiguous substring of `s` (non-empty) that reads the same forwards and
    backwards; among several of the maximum length, the one that starts first."""
    raise NotImplementedError
