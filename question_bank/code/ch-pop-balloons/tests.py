from solution import max_pop_score


def test_example_1_pop_the_middle_first():
    got = max_pop_score([2, 4, 3])
    assert got == 33, f"got {got}"


def test_example_2_two_balloons():
    got = max_pop_score([1, 5])
    assert got == 10, f"got {got}"


def test_example_3_single_balloon():
    got = max_pop_score([5])
    assert got == 5, f"got {got}"
