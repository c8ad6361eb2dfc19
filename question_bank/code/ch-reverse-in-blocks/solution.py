from __future__ import annotations


class ListNode:
    """A node of a singly linked list (provided)."""

    def __init__(self, val: int = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next


def reverse_blocks(head: ListNode, k: int) -> ListNode:
    """Reverse each consecutive block of k nodes of the list and return the new head.

    A final block with fewer than k nodes keeps its order. Only relinks nodes (values are not
    changed), with O(1) extra space.
    """
    dummy = ListNode(0, head)
    before = dummy  # the node just before the current block
    while True:
        probe = before
        for _ in range(k):  # are there k more nodes?
            probe = probe.next
            if probe is None:
                return dummy.next
        first = cur = before.next
        prev = probe.next  # the block's first node will point to what follows the block
        for _ in range(k):
            cur.next, prev, cur = prev, cur, cur.next
        before.next = prev  # the block's old last node is its new head
        before = first  # the old first node is now the block's tail
