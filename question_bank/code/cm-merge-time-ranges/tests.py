from solution import merge


def _lists(got):
    return [list(x) for x in got]


def test_example_1_unsorted_with_containment():
    got = _lists(merge([[5, 7], [1, 4], [2, 3], [6, 9], [12, 12]]))
    want = [[1, 4], [5, 9], [12, 12]]
    assert got == want, f"got {got}, want {want}"


def test_example_2_shared_endpoint_merges():
    got = _lists(merge([[1, 4], [4, 5]]))
    assert got == [[1, 5]], f"got {got}, want [[1, 5]]"


def test_example_3_single_point_interval():
    got = _lists(merge([[3, 3]]))
    assert got == [[3, 3]], f"got {got}, want [[3, 3]]"
