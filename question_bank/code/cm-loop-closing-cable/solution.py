def loop_cable(edges: list[list[int]]) -> list[int]:
    """`edges` are the n undirected cables of a tree on machines 1..n plus one extra cable.
    Return a cable [a, b], as written in `edges`, whose removal leaves a tree; if several
    qualify, the one that appears last in `edges`."""
    parent = list(range(len(edges) + 1))
    size = [1] * (len(edges) + 1)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb:
            # the loop closes with its last cable in input order: that is the answer
            return [a, b]
        if size[ra] < size[rb]:  # union by size
            ra, rb = rb, ra
        parent[rb] = ra
        size[ra] += size[rb]
    return []
