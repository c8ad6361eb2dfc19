def first_error(s: str) -> int:
    """Index of the first bracket error in `s`, or -1 if its brackets are balanced.

    Brackets are (), [] and {}; every other character is ignored. Scanning left to right, the
    first closing bracket with no unclosed opener, or whose kind differs from the most recent
    unclosed opener, is the error. If the scan ends with openers still unclosed, the error is
    the leftmost unclosed opener.
    """
    raise NotImplementedError
