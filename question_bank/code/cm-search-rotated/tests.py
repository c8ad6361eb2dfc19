from solution import search


def test_example_1_target_after_the_rotation_point():
    assert search([15, 18, 22, 3, 7, 9, 12], 7) == 4


def test_example_2_absent_target():
    assert search([15, 18, 22, 3, 7, 9, 12], 10) == -1


def test_example_3_single_element():
    assert search([4], 4) == 0
