def islands_after_each(rows: int, cols: int, positions: list[list[int]]) -> list[int]:
    """The number of islands after each cell of positions turns from water into land.

    The rows x cols map starts as all water; positions[i] = [r, c]. A cell listed again simply
    stays land. An island is a group of land cells joined up, down, left or right.
    """
    parent: dict[tuple[int, int], tuple[int, int]] = {}  # land cells only
    size: dict[tuple[int, int], int] = {}

    def find(cell: tuple[int, int]) -> tuple[int, int]:
        while parent[cell] != cell:
            parent[cell] = parent[parent[cell]]  # path halving
            cell = parent[cell]
        return cell

    count, counts = 0, []
    for r, c in positions:
        cell = (r, c)
        if cell not in parent:
            parent[cell], size[cell] = cell, 1
            count += 1
            for nb in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if nb in parent:
                    a, b = find(cell), find(nb)
                    if a != b:
                        if size[a] < size[b]:
                            a, b = b, a
                        parent[b] = a
                        size[a] += size[b]
                        count -= 1
        counts.append(count)
    return counts
