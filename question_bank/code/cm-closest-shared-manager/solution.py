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
    # iterative, so a tree 10^5 levels deep does not hit Python's recursion limit
    parent: dict[int, int | None] = {root.val: None}
    stack = [root]
    while p not in parent or q not in parent:
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                parent[child.val] = node.val
                stack.append(child)
    ancestors = set()
    a: int | None = p
    while a is not None:  # p and all its ancestors
        ancestors.add(a)
        a = parent[a]
    b = q
    while b not in ancestors:
        b = parent[b]
    return b
