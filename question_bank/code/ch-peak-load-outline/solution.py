import heapq


def peak_outline(jobs: list[list[int]]) -> list[list[int]]:
    """The cooling plant's schedule: `[time, level]` at every time its level changes.

    Job `[start, end, level]` asks for at least `level` during `[start, end)`; the plant runs at the
    highest level any running job asks for, 0 when none runs. Points are sorted by time, two
    consecutive points never have the same level, and the last point has level 0 (no jobs: []).
    """
    by_start = sorted(jobs)
    times = sorted({t for start, end, _ in jobs for t in (start, end)})
    running: list[tuple[int, int]] = []  # (-level, end): the highest level on top
    outline: list[list[int]] = []
    i = 0
    for t in times:
        while i < len(by_start) and by_start[i][0] <= t:
            start, end, level = by_start[i]
            heapq.heappush(running, (-level, end))
            i += 1
        # lazy deletion: only the top has to be a job still running at t
        while running and running[0][1] <= t:
            heapq.heappop(running)
        level = -running[0][0] if running else 0
        if not outline or outline[-1][1] != level:
            outline.append([t, level])
    return outline
