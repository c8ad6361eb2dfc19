from collections import deque


def minutes_to_infect(grid: list[list[int]]) -> int:
    """Minutes until no clean server is left on `grid` (0 empty, 1 clean, 2 infected; each
    minute every infected server infects its clean up/down/left/right neighbours).
    0 if there is no clean server to begin with, -1 if some clean server is never reached."""
    rows, cols = len(grid), len(grid[0])
    state = [row[:] for row in grid]  # leave the caller's grid alone
    queue: deque[tuple[int, int]] = deque()
    clean = 0
    for r in range(rows):
        for c in range(cols):
            if state[r][c] == 2:
                queue.append((r, c))
            elif state[r][c] == 1:
                clean += 1
    minutes = 0
    while queue and clean:
        minutes += 1
        for _ in range(len(queue)):  # one BFS level is one minute
            r, c = queue.popleft()
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and state[nr][nc] == 1:
                    state[nr][nc] = 2
                    clean -= 1
                    queue.append((nr, nc))
    return minutes if clean == 0 else -1
