def loop_cable(edges: list[list[int]]) -> list[int]:
    """`edges` are the n undirected cables of a tree on machines 1..n plus one extra cable.
    Return a cable [a, b], as written in `edges`, whose removal leaves a tree; if several
    qualify, the one that appears last in `edges`."""
    raise NotImplementedError
