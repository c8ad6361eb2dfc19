import random

from solution import course_order


def _check_order(n, prereqs, got):
    """Fails with a message unless `got` takes every course once and respects every pair."""
    got = list(got)
    assert sorted(got) == list(range(n)), f"{got} is not an order of the courses 0..{n - 1}"
    position = {course: i for i, course in enumerate(got)}
    for a, b in prereqs:
        assert position[b] < position[a], f"in {got}, course {b} must come before course {a}"


def test_single_course():
    got = course_order(1, [])
    assert list(got) == [0], f"got {got}, want [0]"


def test_two_course_cycle():
    got = course_order(2, [[0, 1], [1, 0]])
    assert list(got) == [], f"got {got}, want []"


def test_cycle_in_one_part_fails_the_whole_plan():
    # courses 0-2 are fine, but 3 -> 4 -> 5 -> 3 is a cycle and 6 sits behind it:
    # a partial order is not an answer
    got = course_order(7, [[1, 0], [2, 1], [4, 3], [5, 4], [3, 5], [6, 5]])
    assert list(got) == [], f"got {got}, want []"


def test_diamond_and_isolated_course():
    # 0 before 1 and 2, both before 3; course 4 has no links
    prereqs = [[3, 1], [1, 0], [3, 2], [2, 0]]
    _check_order(5, prereqs, course_order(5, prereqs))


def test_prerequisite_with_larger_number():
    # the order must follow the pairs, not the course numbers
    prereqs = [[0, 3], [3, 4], [1, 2], [0, 1]]
    _check_order(5, prereqs, course_order(5, prereqs))


def test_long_chain_2000_deep():
    # one chain through all 2000 courses, from course 0 to course 1: a recursive search follows
    # it 2000 deep, past Python's default recursion limit, whichever direction it walks
    n = 2000
    middle = list(range(2, n))
    random.Random(1).shuffle(middle)
    chain = [0, *middle, 1]
    prereqs = [[chain[i + 1], chain[i]] for i in range(n - 1)]
    got = course_order(n, prereqs)
    assert list(got) == chain, "a single chain allows exactly one order, and this is not it"


def test_large_input_5000_pairs():
    # 2000 courses in a chain (shuffled numbering) plus 3001 more pairs that agree with it:
    # 5000 pairs. Scanning every pair to pick each next course takes billions of steps.
    n = 2000
    rng = random.Random(0)
    label = list(range(n))
    rng.shuffle(label)  # label[i] is the i-th course of the chain
    pairs = {(label[i + 1], label[i]) for i in range(n - 1)}
    while len(pairs) < 5000:
        i, j = sorted(rng.sample(range(n), 2))
        pairs.add((label[j], label[i]))
    prereqs = [list(p) for p in pairs]
    rng.shuffle(prereqs)
    got = course_order(n, prereqs)
    assert list(got) == label, "the chain allows exactly one order, and this is not it"
    # the same chain closed into a cycle: no order
    got = course_order(n, [*prereqs, [label[0], label[-1]]])
    assert list(got) == [], f"a cycle through all {n} courses: want [], got {len(got)} courses"
