from solution import ListNode, reverse_blocks


def build(values):
    head = None
    for v in reversed(values):
        head = ListNode(v, head)
    return head


def nodes_of(head, limit=10**6):
    out = []
    while head is not None:
        out.append(head)
        assert len(out) <= limit, "the returned list has a cycle"
        head = head.next
    return out


def check(values, k, want):
    got = [node.val for node in nodes_of(reverse_blocks(build(values), k))]
    if len(values) <= 20:
        assert got == want, f"reverse_blocks({values}, {k}): got {got}, want {want}"
    else:
        assert len(got) == len(want), f"got {len(got)} nodes, want {len(want)}"
        i = next((i for i, (g, w) in enumerate(zip(got, want, strict=True)) if g != w), None)
        assert i is None, f"at position {i}: got {got[i]}, want {want[i]}"


def test_single_node():
    check([5], 1, [5])
    check([5], 2, [5])


def test_exact_multiple_of_k():
    check([1, 2, 3, 4, 5, 6], 2, [2, 1, 4, 3, 6, 5])
    check([1, 2, 3, 4, 5, 6], 3, [3, 2, 1, 6, 5, 4])


def test_tail_of_one_node():
    check([1, 2, 3, 4, 5], 2, [2, 1, 4, 3, 5])


def test_k_one_less_than_the_length():
    check([1, 2, 3, 4], 3, [3, 2, 1, 4])


def test_repeated_values():
    check([7, 7, 1, 7, 7, 1], 2, [7, 7, 7, 1, 1, 7])


def test_nodes_are_relinked_not_copied():
    head = build([1, 2, 3, 4, 5])
    before = {node.val: node for node in nodes_of(head)}
    after = nodes_of(reverse_blocks(head, 2))
    assert [n.val for n in after] == [2, 1, 4, 3, 5], f"got {[n.val for n in after]}"
    assert all(n is before[n.val] for n in after), "the result holds nodes that are not the input's"


def test_long_list_small_blocks():
    # 10^5 nodes in blocks of 2, then as one block: a recursive solution runs out of stack, and
    # re-walking the list from the head for every block would not finish in time
    n = 100_000
    head = build(list(range(n)))
    head = reverse_blocks(head, 2)
    got = [node.val for node in nodes_of(head)]
    want = [v ^ 1 for v in range(n)]
    assert got == want, "wrong order after reversing 10^5 nodes in blocks of 2"
    got = [node.val for node in nodes_of(reverse_blocks(head, n))]
    assert got == want[::-1], "wrong order after reversing 10^5 nodes as one block"
