import random

from solution import loop_cable


def test_cable_keeps_its_written_orientation():
    got = loop_cable([[2, 1], [3, 2], [1, 3]])
    assert list(got) == [1, 3], f"got {got}, want [1, 3]"
    got = loop_cable([[1, 2], [2, 3], [3, 1]])
    assert list(got) == [3, 1], f"got {got}, want [3, 1] (as written, not sorted)"


def test_cables_after_the_loop_are_not_candidates():
    # 1-2-3-1 is the loop; [3, 4] and [4, 5] hang off it and come later in the list
    got = loop_cable([[1, 2], [2, 3], [3, 1], [3, 4], [4, 5]])
    assert list(got) == [3, 1], f"got {got}, want [3, 1]"


def test_loop_cables_scattered_through_the_list():
    # loop 2-4-6-2; its cables are at positions 1, 3 and 5, with tree cables around them
    edges = [[1, 2], [2, 4], [4, 5], [4, 6], [3, 1], [6, 2]]
    got = loop_cable(edges)
    assert list(got) == [6, 2], f"got {got}, want [6, 2]"


def test_last_listed_loop_cable_not_the_added_one():
    # whichever cable was "added", the answer is the loop cable listed last: [1, 4] comes first
    # in the list, and removing [3, 4] (listed last on the loop) also leaves a tree
    edges = [[1, 4], [1, 2], [2, 3], [3, 5], [3, 4]]
    got = loop_cable(edges)
    assert list(got) == [3, 4], f"got {got}, want [3, 4]"


def _shuffled_labels(n, rng):
    labels = list(range(1, n + 1))
    rng.shuffle(labels)
    return labels


def test_large_loop_through_all_machines():
    # 1000 machines in one loop, cables shuffled and randomly oriented: a recursive search
    # around the loop goes 1000 deep, past Python's default recursion limit
    rng = random.Random(0)
    n = 1000
    m = _shuffled_labels(n, rng)
    edges = [[m[i], m[(i + 1) % n]] for i in range(n)]
    for e in edges:
        if rng.random() < 0.5:
            e.reverse()
    rng.shuffle(edges)
    got = loop_cable([e[:] for e in edges])
    assert list(got) == edges[-1], f"every cable is on the loop, so want the last one {edges[-1]}"


def test_large_tree_with_small_loop():
    # 1000 machines: a random tree plus one cable closing a loop of 3 somewhere in the middle
    rng = random.Random(1)
    n = 1000
    m = _shuffled_labels(n, rng)
    tree = [[m[i], m[rng.randrange(i)]] for i in range(1, n)]
    a = rng.randrange(10, n)
    parent = next(e[1] for e in tree if e[0] == m[a])
    grand = next((e[1] for e in tree if e[0] == parent), None)
    while grand is None:  # the parent is the root: pick another machine
        a = rng.randrange(10, n)
        parent = next(e[1] for e in tree if e[0] == m[a])
        grand = next((e[1] for e in tree if e[0] == parent), None)
    extra = [m[a], grand]  # closes the loop m[a] - parent - grand
    loop = {frozenset((m[a], parent)), frozenset((parent, grand)), frozenset(extra)}
    edges = [*tree, extra]
    rng.shuffle(edges)
    want = [e for e in edges if frozenset(e) in loop][-1]
    got = loop_cable([e[:] for e in edges])
    assert list(got) == want, f"got {got}, want {want}"
