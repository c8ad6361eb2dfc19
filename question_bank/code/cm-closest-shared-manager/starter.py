from __future__ import annotations


class TreeNode:
    """A node of a binary tree (provided)."""

    def __init__(
        self, val: int = 0, left: TreeNode | None = None, right: TreeNode | None = None
    ) -> None:
        self.val = val
        self.left = left
        self.right = right


def lca(root: TreeNode, p: int, q: int) -> int:
    """Value of the lowest common ancestor of the nodes valued `p` and `q`.

    Values are unique, p != q, and both are in the tree. The lowest common ancestor is the
    deepest node whose subtree contains both; a node is part of its own subtree.
    """
    raise NotImplementedError
