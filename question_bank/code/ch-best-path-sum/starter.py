from __future__ import annotations


class TreeNode:
    """A node of a binary tree (provided)."""

    def __init__(
        self, val: int = 0, left: TreeNode | None = None, right: TreeNode | None = None
    ) -> None:
        self.val = val
        self.left = left
        self.right = right


def max_path_sum(root: TreeNode) -> int:
    """The largest sum of values along any path in the tree rooted at root.

    A path is a sequence of at least one node where each adjacent pair is joined by an edge and no
    node repeats; it need not pass through the root.
    """
    raise NotImplementedError
