import heapq


def processing_order(jobs: list[list[int]]) -> list[int]:
    """Order in which one worker starts the jobs `[arrival, duration]` (indices).

    When the worker is free it starts the waiting job with the shortest duration, ties going to
    the smaller index; a job arriving exactly when the worker frees up is waiting. With nothing
    waiting it idles until the next arrival. Jobs run to completion.
    """
    by_arrival = sorted(range(len(jobs)), key=lambda i: jobs[i][0])
    waiting: list[tuple[int, int]] = []  # (duration, index)
    order: list[int] = []
    now, nxt = 0, 0
    while len(order) < len(jobs):
        if not waiting and now < jobs[by_arrival[nxt]][0]:
            now = jobs[by_arrival[nxt]][0]  # idle until the next arrival
        while nxt < len(jobs) and jobs[by_arrival[nxt]][0] <= now:
            i = by_arrival[nxt]
            heapq.heappush(waiting, (jobs[i][1], i))
            nxt += 1
        duration, i = heapq.heappop(waiting)
        order.append(i)
        now += duration
    return order
