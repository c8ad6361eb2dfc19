from solution import ListNode, merge


def build(values):
    head = None
    for v in reversed(values):
        head = ListNode(v, head)
    return head


def to_list(head, limit=10**6):
    out = []
    while head is not None:
        out.append(head.val)
        assert len(out) <= limit, "the merged list has a cycle"
        head = head.next
    return out


def test_example_1_interleaved_with_a_tie():
    got = to_list(merge(build([1, 3, 5]), build([2, 3, 6])))
    assert got == [1, 2, 3, 3, 5, 6], f"got {got}"


def test_example_2_first_list_empty():
    got = to_list(merge(build([]), build([0])))
    assert got == [0], f"got {got}"


def test_example_3_second_list_all_smaller():
    got = to_list(merge(build([4]), build([1, 2])))
    assert got == [1, 2, 4], f"got {got}"
