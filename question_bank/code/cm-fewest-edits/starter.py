def edit_distance(a: str, b: str) -> int:
    """The minimum number of single-character edits (insert, delete or replace one character)
    that turn `a` into `b`."""
    raise NotImplementedError
