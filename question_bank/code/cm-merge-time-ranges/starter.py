def merge(intervals: list[list[int]]) -> list[list[int]]:
    """Merge the closed intervals [start, end] that overlap or touch (share an endpoint) and
    return the merged intervals as [start, end] lists sorted by start."""
    raise NotImplementedError
