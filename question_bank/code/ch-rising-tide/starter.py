def earliest_crossing(grid: list[list[int]]) -> int:
    """The earliest time t at which the bottom-right cell of the n x n grid can be reached.

    At time t a cell is standable when its elevation is <= t; you start at the top-left cell and
    move up, down, left or right between standable cells instantly. Equivalently: the smallest
    possible highest elevation over all paths between the two corners.
    """
    raise NotImplementedError
