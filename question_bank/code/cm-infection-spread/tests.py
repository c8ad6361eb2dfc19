from solution import minutes_to_infect


def test_example_1_four_minutes():
    got = minutes_to_infect([[2, 1, 0], [1, 1, 0], [0, 1, 1]])
    assert got == 4, f"got {got}, want 4"


def test_example_2_unreachable_server():
    got = minutes_to_infect([[2, 0, 1]])
    assert got == -1, f"got {got}, want -1"


def test_example_3_no_clean_servers():
    got = minutes_to_infect([[0, 2]])
    assert got == 0, f"got {got}, want 0"
