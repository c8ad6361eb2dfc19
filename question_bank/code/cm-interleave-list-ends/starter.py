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
    raise NotImplementedError
