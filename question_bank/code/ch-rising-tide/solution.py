import heapq


def earliest_crossing(grid: list[list[int]]) -> int:
    """The earliest time t at which the bottom-right cell of the n x n grid can be reached.

    At time t a cell is standable when its elevation is <= t; you start at the top-left cell and
    move up, down, left or right between standable cells instantly. Equivalently: the smallest
    possible highest elevation over all paths between the two corners.
    """
    n = len(grid)
    done = [[False] * n for _ in range(n)]
    heap = [(grid[0][0], 0, 0)]  # (highest elevation on the way, row, col)
    while heap:
        t, r, c = heapq.heappop(heap)
        if done[r][c]:
            continue
        done[r][c] = True
        if r == n - 1 and c == n - 1:
            return t
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < n and 0 <= nc < n and not done[nr][nc]:
                heapq.heappush(heap, (max(t, grid[nr][nc]), nr, nc))
    raise AssertionError("unreachable: the grid is connected")
