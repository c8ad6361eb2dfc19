import heapq


def broadcast_time(n: int, links: list[list[int]], src: int) -> int:
    """Nodes are 1..n; each link [u, v, w] carries a message one way from u to v in w ms.
    A broadcast starts at `src` at time 0 and every node forwards it on all its outgoing links
    when it first receives it. Return when the last node receives it, or -1 if some never does."""
    out: list[list[tuple[int, int]]] = [[] for _ in range(n + 1)]
    for u, v, w in links:
        out[u].append((v, w))
    received: dict[int, int] = {}  # settled nodes: their shortest receive time
    heap = [(0, src)]
    while heap:
        t, u = heapq.heappop(heap)
        if u in received:
            continue  # a stale, slower arrival
        received[u] = t
        for v, w in out[u]:
            if v not in received:
                heapq.heappush(heap, (t + w, v))
    return max(received.values()) if len(received) == n else -1
