from solution import has_near_repeat


def test_example_1_repeat_three_apart():
    assert has_near_repeat([5, 1, 7, 5, 2], 3) is True


def test_example_2_repeat_too_far():
    assert has_near_repeat([5, 1, 7, 5, 2], 2) is False


def test_example_3_k_zero_never_matches():
    assert has_near_repeat([4, 4], 0) is False
