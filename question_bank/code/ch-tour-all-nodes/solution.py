from collections import deque


def shortest_tour(graph: list[list[int]]) -> int:
    """The number of edges of the shortest walk that visits every node at least once.

    graph[i] lists the neighbours of node i in a connected, undirected, unweighted graph of
    n = len(graph) nodes. The walk may start and end anywhere and repeat nodes and edges.
    """
    n = len(graph)
    full = (1 << n) - 1
    # BFS over (node, mask of visited nodes), starting from every node at once
    seen = [[False] * (1 << n) for _ in range(n)]
    queue = deque()
    for i in range(n):
        seen[i][1 << i] = True
        queue.append((i, 1 << i, 0))
    while queue:
        node, mask, dist = queue.popleft()
        if mask == full:
            return dist
        for nb in graph[node]:
            nxt = mask | (1 << nb)
            if not seen[nb][nxt]:
                seen[nb][nxt] = True
                queue.append((nb, nxt, dist + 1))
    raise AssertionError("unreachable: the graph is connected")
