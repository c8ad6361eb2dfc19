from __future__ import annotations


class ListNode:
    """A node of a singly linked list (provided)."""

    def __init__(self, val: int = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next


def merge(a: ListNode | None, b: ListNode | None) -> ListNode | None:
    """Merge two lists sorted in non-decreasing order into one sorted list and return its head.

    Relink the existing nodes (create no new value nodes). On equal values, the node from `a`
    comes first.
    """
    dummy = tail = ListNode()
    while a and b:
        if a.val <= b.val:
            tail.next, a = a, a.next
        else:
            tail.next, b = b, b.next
        tail = tail.next
    tail.next = a or b
    return dummy.next
