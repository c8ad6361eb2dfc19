from solution import count_stretches


def test_example_1_two_overlapping_pairs():
    assert count_stretches([1, 1, 1], 2) == 2


def test_example_2_negative_changes():
    assert count_stretches([3, 4, -7, 3, 1, 3, 1, -4], 7) == 3


def test_example_3_zero_target_with_zeros():
    assert count_stretches([0, 0], 0) == 3
