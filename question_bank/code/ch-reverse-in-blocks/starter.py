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
    raise NotImplementedError
