def minutes_to_infect(grid: list[list[int]]) -> int:
    """Minutes until no clean server is left on `grid` (0 empty, 1 clean, 2 infected; each
    minute every infected server infects its clean up/down/left/right neighbours).
    0 if there is no clean server to begin with, -1 if some clean server is never reached."""
    raise NotImplementedError
