from solution import course_order


def _check_order(n, prereqs, got):
    """Fails with a message unless `got` takes every course once and respects every pair."""
    got = list(got)
    assert sorted(got) == list(range(n)), f"{got} is not an order of the courses 0..{n - 1}"
    position = {course: i for i, course in enumerate(got)}
    for a, b in prereqs:
        assert position[b] < position[a], f"in {got}, course {b} must come before course {a}"


def test_example_1_valid_order():
    prereqs = [[2, 0], [1, 2], [3, 2]]
    got = course_order(4, prereqs)
    assert got in ([0, 2, 1, 3], [0, 2, 3, 1]), f"got {got}, want [0, 2, 1, 3] or [0, 2, 3, 1]"
    _check_order(4, prereqs, got)


def test_example_2_cycle_gives_empty():
    got = course_order(3, [[0, 1], [1, 2], [2, 0]])
    assert list(got) == [], f"got {got}, want []"


def test_example_3_no_prerequisites():
    got = course_order(2, [])
    _check_order(2, [], got)
