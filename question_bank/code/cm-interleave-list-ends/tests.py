from solution import ListNode, reorder


def build(values):
    head = None
    for v in reversed(values):
        head = ListNode(v, head)
    return head


def to_list(head, limit):
    out = []
    while head is not None:
        out.append(head.val)
        assert len(out) <= limit, "the list now has a cycle"
        head = head.next
    return out


def test_example_1_even_length():
    head = build([10, 20, 30, 40, 50, 60])
    reorder(head)
    got = to_list(head, 6)
    assert got == [10, 60, 20, 50, 30, 40], f"got {got}"


def test_example_2_odd_length():
    head = build([7, 8, 9])
    reorder(head)
    got = to_list(head, 3)
    assert got == [7, 9, 8], f"got {got}"


def test_example_3_single_node():
    head = build([1])
    reorder(head)
    assert to_list(head, 1) == [1]
