from solution import shortest_tour


def from_edges(n, edges):
    graph = [[] for _ in range(n)]
    for a, b in edges:
        graph[a].append(b)
        graph[b].append(a)
    return graph


def check(graph, want):
    got = shortest_tour(graph)
    assert got == want, f"shortest_tour({graph}): got {got}, want {want}"


def test_two_nodes():
    check([[1], [0]], 1)


def test_cycle_needs_no_repeats():
    check(from_edges(12, [(i, (i + 1) % 12) for i in range(12)]), 11)


def test_triangle_with_tails():
    # start at the end of one tail, cross the triangle, finish at the end of another
    check(from_edges(7, [(0, 1), (1, 2), (2, 0), (0, 3), (1, 4), (2, 5), (5, 6)]), 7)


def test_star_goes_back_through_the_center():
    # leaf, center, leaf, center, ..., leaf: 11 leaves need 2 * 11 - 2 edges
    check(from_edges(12, [(0, i) for i in range(1, 12)]), 20)


def test_tree_walks_its_longest_path_once():
    # a spider: legs of 3, 3, 2, 2 and 1 edges from node 0. Every edge is walked twice except
    # those on the path between the two longest legs: 2 * 11 - 6
    legs = [(0, 1), (1, 2), (2, 3), (0, 4), (4, 5), (5, 6), (0, 7), (7, 8), (0, 9), (9, 10)]
    check(from_edges(12, [*legs, (0, 11)]), 16)


def test_twelve_nodes_dense_and_sparse():
    # trying every visiting order (12! of them) would not finish in time
    complete = [[j for j in range(12) if j != i] for i in range(12)]
    check(complete, 11)
    edges = [(0, 1), (1, 2), (0, 3), (2, 4), (4, 5), (3, 6), (3, 7), (3, 8), (5, 10), (1, 11)]
    more = [(4, 8), (4, 9), (7, 8), (7, 9), (8, 9), (9, 11)]
    check(from_edges(12, edges + more), 12)
