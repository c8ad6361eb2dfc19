from __future__ import annotations


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
    raise NotImplementedError
