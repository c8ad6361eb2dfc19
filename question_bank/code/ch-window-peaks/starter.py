def window_peaks(loads: list[int], k: int) -> list[int]:
    """The largest load of every window of k consecutive seconds, from left to right.

    Returns len(loads) - k + 1 values; 1 <= k <= len(loads).
    """
    raise NotImplementedError
