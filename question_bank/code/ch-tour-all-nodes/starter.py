def shortest_tour(graph: list[list[int]]) -> int:
    """The number of edges of the shortest walk that visits every node at least once.

    graph[i] lists the neighbours of node i in a connected, undirected, unweighted graph of
    n = len(graph) nodes. The walk may start and end anywhere and repeat nodes and edges.
    """
    raise NotImplementedError
