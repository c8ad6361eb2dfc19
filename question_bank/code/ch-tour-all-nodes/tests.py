from solution import shortest_tour


def test_example_1_path_graph():
    got = shortest_tour([[1], [0, 2], [1, 3], [2]])
    assert got == 3, f"got {got}"


def test_example_2_one_edge_walked_twice():
    got = shortest_tour([[1], [0, 2, 3], [1], [1, 4], [3]])
    assert got == 5, f"got {got}"


def test_example_3_single_node():
    got = shortest_tour([[]])
    assert got == 0, f"got {got}"
