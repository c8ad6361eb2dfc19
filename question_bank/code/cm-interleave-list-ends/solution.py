from __future__ import annotations


class ListNode:
    """A node of a singly linked list (provided)."""

    def __init__(self, val: int = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next


def reorder(head: ListNode) -> None:
    """Reorder L0 -> L1 -> ... -> L(n-1) in place to L0 -> L(n-1) -> L1 -> L(n-2) -> L2 -> ...

    Only relink the nodes; do not change their values. Returns nothing.
    """
    if head is None or head.next is None:
        return
    slow = fast = head
    while fast.next and fast.next.next:  # slow ends the first half (as long or one longer)
        slow, fast = slow.next, fast.next.next
    second, slow.next = slow.next, None  # cut after the middle
    prev = None
    while second:  # reverse the second half
        second.next, prev, second = prev, second, second.next
    first = head
    while prev:  # weave the halves
        first_next, prev_next = first.next, prev.next
        first.next, prev.next = prev, first_next
        first, prev = first_next, prev_next
