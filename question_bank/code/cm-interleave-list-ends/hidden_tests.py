from solution import ListNode, reorder


def build(values):
    nodes = [ListNode(v) for v in values]
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    return nodes


def walk(head, limit):
    out = []
    while head is not None:
        out.append(head)
        assert len(out) <= limit, "the list now has a cycle (was the first half cut off?)"
        head = head.next
    return out


def woven(n):
    """Original positions in the reordered list: 0, n-1, 1, n-2, ..."""
    order, lo, hi = [], 0, n - 1
    while lo <= hi:
        order.append(lo)
        if lo != hi:
            order.append(hi)
        lo, hi = lo + 1, hi - 1
    return order


def check(values):
    nodes = build(values)
    reorder(nodes[0])
    got = walk(nodes[0], len(nodes))
    want = [nodes[i] for i in woven(len(nodes))]
    assert [n.val for n in got] == [n.val for n in want], (
        f"{values}: got {[n.val for n in got]}, want {[n.val for n in want]}"
    )
    same = all(g is w for g, w in zip(got, want))
    assert same, "nodes must be relinked, not their values changed"


def test_two_nodes_stay_put():
    check([1, 2])


def test_four_and_five_nodes():
    check([1, 2, 3, 4])
    check([-5, 0, 5, 1000, -1000])


def test_relinks_nodes_instead_of_copying_values():
    check([3, 1, 4, 1, 5, 9, 2])


def test_last_node_ends_the_list():
    nodes = build(list(range(8)))
    reorder(nodes[0])
    assert nodes[4].next is None, "the middle node must end the list"
    assert len(walk(nodes[0], 8)) == 8


def test_large_list_in_linear_time():
    # 5 * 10^4 nodes: walking to the tail for every step does not finish
    n = 50_000
    values = [i % 2001 - 1000 for i in range(n)]
    check(values)
