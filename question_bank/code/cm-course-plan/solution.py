from collections import deque


def course_order(n: int, prereqs: list[list[int]]) -> list[int]:
    """An order in which courses 0..n-1 can all be taken, where each pair [a, b] in `prereqs`
    means b must be taken before a; [] if no order exists. Any valid order is accepted."""
    after: list[list[int]] = [[] for _ in range(n)]  # after[b]: courses that need b
    indegree = [0] * n
    for a, b in prereqs:
        after[b].append(a)
        indegree[a] += 1
    ready = deque(i for i in range(n) if indegree[i] == 0)
    order: list[int] = []
    while ready:
        course = ready.popleft()
        order.append(course)
        for nxt in after[course]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
    # courses on or behind a cycle never reach in-degree 0
    return order if len(order) == n else []
