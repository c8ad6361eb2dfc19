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
    best = root.val  # any single node is a path; values may all be negative

    def gain(node: TreeNode | None) -> int:
        """The best sum of a path that starts at node and goes down (0 for no node)."""
        nonlocal best
        if node is None:
            return 0
        left = max(gain(node.left), 0)  # a branch with a negative sum is left out
        right = max(gain(node.right), 0)
        best = max(best, node.val + left + right)  # the best path that bends at node
        return node.val + max(left, right)

    gain(root)
    return best
