from solution import ListNode, reverse_blocks


def build(values):
    head = None
    for v in reversed(values):
        head = ListNode(v, head)
    return head


def to_list(head, limit=10**6):
    out = []
    while head is not None:
        out.append(head.val)
        assert len(out) <= limit, "the returned list has a cycle"
        head = head.next
    return out


def test_example_1_two_blocks_and_a_short_tail():
    got = to_list(reverse_blocks(build([1, 2, 3, 4, 5, 6, 7, 8]), 3))
    assert got == [3, 2, 1, 6, 5, 4, 7, 8], f"got {got}"


def test_example_2_one_block_is_the_whole_list():
    got = to_list(reverse_blocks(build([1, 2, 3, 4]), 4))
    assert got == [4, 3, 2, 1], f"got {got}"


def test_example_3_k_longer_than_the_list():
    got = to_list(reverse_blocks(build([9, 8, 7]), 5))
    assert got == [9, 8, 7], f"got {got}"


def test_example_4_blocks_of_one():
    got = to_list(reverse_blocks(build([1, 2]), 1))
    assert got == [1, 2], f"got {got}"
