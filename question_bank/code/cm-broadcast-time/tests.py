from solution import broadcast_time


def test_example_1_shortest_paths_not_direct_links():
    links = [[1, 2, 4], [1, 3, 1], [3, 2, 2], [2, 4, 1], [3, 4, 5]]
    got = broadcast_time(4, links, 1)
    assert got == 4, f"got {got}, want 4"


def test_example_2_unreached_node():
    got = broadcast_time(3, [[1, 2, 1]], 1)
    assert got == -1, f"got {got}, want -1"


def test_example_3_source_other_than_one():
    got = broadcast_time(2, [[2, 1, 3]], 2)
    assert got == 3, f"got {got}, want 3"
