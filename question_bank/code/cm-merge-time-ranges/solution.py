def merge(intervals: list[list[int]]) -> list[list[int]]:
    """Merge the closed intervals [start, end] that overlap or touch (share an endpoint) and
    return the merged intervals as [start, end] lists sorted by start."""
    out: list[list[int]] = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)  # a short interval can sit inside a long one
        else:
            out.append([start, end])
    return out
