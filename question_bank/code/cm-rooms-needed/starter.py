def min_rooms(meetings: list[list[int]]) -> int:
    """The minimum number of rooms that hold all `meetings`, each a half-open [start, end):
    a meeting ending at t and one starting at t can share a room."""
    raise NotImplementedError
