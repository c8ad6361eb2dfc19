def islands_after_each(rows: int, cols: int, positions: list[list[int]]) -> list[int]:
    """The number of islands after each cell of positions turns from water into land.

    The rows x cols map starts as all water; positions[i] = [r, c]. A cell listed again simply
    stays land. An island is a group of land cells joined up, down, left or right.
    """
    raise NotImplementedError
