from solution import ListNode, merge


def build(values):
    head = None
    for v in reversed(values):
        head = ListNode(v, head)
    return head


def nodes_of(head, limit=10**6):
    out = []
    while head is not None:
        out.append(head)
        assert len(out) <= limit, "the merged list has a cycle"
        head = head.next
    return out


def test_both_empty():
    assert merge(None, None) is None


def test_relinks_the_original_nodes():
    a, b = build([1, 4, 7]), build([2, 5, 8])
    originals = nodes_of(a) + nodes_of(b)
    merged = nodes_of(merge(a, b))
    assert [n.val for n in merged] == [1, 2, 4, 5, 7, 8]
    assert {id(n) for n in merged} == {id(n) for n in originals}, "new nodes were created"


def test_ties_take_the_first_list_first():
    a, b = build([1, 2, 2]), build([1, 2])
    a1, a2, a3 = nodes_of(a)
    b1, b2 = nodes_of(b)
    merged = nodes_of(merge(a, b))
    assert [id(n) for n in merged] == [id(n) for n in (a1, b1, a2, a3, b2)], (
        "on equal values the node from the first list must come first"
    )


def test_leftover_tail_and_negative_extremes():
    got = [n.val for n in nodes_of(merge(build([-(10**9), 10**9]), build([-5, 0, 3, 10**9])))]
    assert got == [-(10**9), -5, 0, 3, 10**9, 10**9], f"got {got}"
    got = [n.val for n in nodes_of(merge(build([-3, -2, -1]), None))]
    assert got == [-3, -2, -1], f"got {got}"


def test_large_lists_are_merged_in_linear_time():
    # 5 * 10^4 nodes each: inserting node by node from the head, or recursing once per node,
    # does not finish
    n = 50_000
    a, b = build(list(range(0, 2 * n, 2))), build(list(range(1, 2 * n, 2)))
    got = [node.val for node in nodes_of(merge(a, b))]
    assert got == list(range(2 * n)), "the merged values are not 0, 1, ..., 99999"
