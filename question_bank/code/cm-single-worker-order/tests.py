from solution import processing_order


def test_example_1_ties_go_to_the_smaller_index():
    assert processing_order([[0, 5], [1, 2], [2, 2], [9, 1]]) == [0, 1, 2, 3]


def test_example_2_idle_until_the_next_arrival():
    assert processing_order([[5, 3], [5, 1], [20, 2]]) == [1, 0, 2]


def test_example_3_shortest_waiting_job_first():
    assert processing_order([[2, 4], [0, 10], [3, 1], [3, 1]]) == [1, 2, 3, 0]
