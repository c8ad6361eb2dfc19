from solution import peak_outline


def test_example_1_overlapping_jobs():
    jobs = [[1, 5, 3], [2, 4, 6], [3, 8, 2]]
    assert peak_outline(jobs) == [[1, 3], [2, 6], [4, 3], [5, 2], [8, 0]]


def test_example_2_touching_jobs_at_the_same_level():
    assert peak_outline([[0, 2, 3], [2, 5, 3]]) == [[0, 3], [5, 0]]


def test_example_3_a_handover_at_the_same_level_is_no_change():
    jobs = [[4, 6, 5], [1, 9, 2], [6, 7, 5]]
    assert peak_outline(jobs) == [[1, 2], [4, 5], [7, 2], [9, 0]]
