from collections import deque

from solution import TreeNode, max_path_sum


def build(values):
    """A tree from its level order, None for a missing child."""
    nodes = iter(values)
    root = TreeNode(next(nodes))
    queue = deque([root])
    for left in nodes:
        parent = queue.popleft()
        right = next(nodes, None)
        if left is not None:
            parent.left = TreeNode(left)
            queue.append(parent.left)
        if right is not None:
            parent.right = TreeNode(right)
            queue.append(parent.right)
    return root


def check(values, want):
    got = max_path_sum(build(values))
    shown = values if len(values) <= 20 else f"<{len(values)} level-order values>"
    assert got == want, f"max_path_sum({shown}): got {got}, want {want}"


def test_single_negative_node():
    check([-5], -5)


def test_all_negative_best_is_a_deep_single_node():
    check([-3, -2, -4, -9, -1], -1)


def test_best_path_avoids_the_root():
    check([-20, 1, 8, None, None, 6, 4], 18)


def test_negative_branches_are_left_out():
    check([5, -10, -20], 5)
    check([1, -2, 3], 4)


def test_path_bends_below_the_root():
    check([1, -5, 2, 10, 10], 15)


def test_path_goes_through_a_negative_node_when_it_pays():
    check([-1, 10, 10], 19)
    check([0, 0, 0], 0)


def test_large_tree_is_linear():
    # 29,600 nodes of value 1: a left spine of 800 nodes, each with a right leg of 36 nodes.
    # The longest path runs down the top node's leg, the spine and the bottom node's leg:
    # 36 + 800 + 36 nodes. Recomputing each node's downward gain from scratch is O(n * depth)
    # and would not finish in time.
    spine, leg = 800, 36
    root = node = TreeNode(1)
    for i in range(spine):
        tip = node
        for _ in range(leg):
            tip.right = TreeNode(1)
            tip = tip.right
        if i + 1 < spine:
            node.left = TreeNode(1)
            node = node.left
    got = max_path_sum(root)
    assert got == leg + spine + leg, f"got {got}, want {leg + spine + leg}"
