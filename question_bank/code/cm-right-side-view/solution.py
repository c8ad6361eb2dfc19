from __future__ import annotations

from collections import deque


class TreeNode:
    """A node of a binary tree (provided)."""

    def __init__(
        self, val: int = 0, left: TreeNode | None = None, right: TreeNode | None = None
    ) -> None:
        self.val = val
        self.left = left
        self.right = right


def right_view(root: TreeNode | None) -> list[int]:
    """Values seen from the right of the tree, top to bottom: the rightmost node of each depth."""
    if root is None:
        return []
    out, queue = [], deque([root])
    while queue:
        for _ in range(len(queue)):  # exactly the nodes of one depth
            node = queue.popleft()
            if node.left:
                queue.append(node.left)
            if node.right:
                queue.append(node.right)
        out.append(node.val)  # the last node of this depth
    return out
