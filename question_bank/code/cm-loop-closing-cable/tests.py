from solution import loop_cable


def test_example_1_last_cable_of_the_loop():
    got = loop_cable([[2, 5], [1, 2], [3, 5], [1, 3], [3, 4]])
    assert list(got) == [1, 3], f"got {got}, want [1, 3]"


def test_example_2_triangle():
    got = loop_cable([[1, 2], [1, 3], [2, 3]])
    assert list(got) == [2, 3], f"got {got}, want [2, 3]"
