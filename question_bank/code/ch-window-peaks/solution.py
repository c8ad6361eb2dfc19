from collections import deque


def window_peaks(loads: list[int], k: int) -> list[int]:
    """The largest load of every window of k consecutive seconds, from left to right.

    Returns len(loads) - k + 1 values; 1 <= k <= len(loads).
    """
    window: deque[int] = deque()  # indices; their loads strictly decrease front to back
    peaks = []
    for i, load in enumerate(loads):
        while window and loads[window[-1]] <= load:
            window.pop()
        window.append(i)
        if window[0] <= i - k:  # the front index has left the window
            window.popleft()
        if i >= k - 1:
            peaks.append(loads[window[0]])
    return peaks
