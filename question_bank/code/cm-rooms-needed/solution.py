import heapq


def min_rooms(meetings: list[list[int]]) -> int:
    """The minimum number of rooms that hold all `meetings`, each a half-open [start, end):
    a meeting ending at t and one starting at t can share a room."""
    ends: list[int] = []  # end times of the rooms in use, earliest on top
    for start, end in sorted(meetings):
        if ends and ends[0] <= start:
            heapq.heapreplace(ends, end)  # the earliest-free room is free again: reuse it
        else:
            heapq.heappush(ends, end)
    return len(ends)
