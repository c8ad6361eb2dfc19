from collections import deque

from solution import TreeNode, right_view


def build(values):
    """A tree from its level order, None for a missing child."""
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    queue, i = deque([root]), 1
    while queue and i < len(values):
        node = queue.popleft()
        if i < len(values) and values[i] is not None:
            node.left = TreeNode(values[i])
            queue.append(node.left)
        i += 1
        if i < len(values) and values[i] is not None:
            node.right = TreeNode(values[i])
            queue.append(node.right)
        i += 1
    return root


def test_example_1_four_levels():
    root = build([8, 3, 10, 1, 6, None, 14, None, None, 4, 7, 13])
    got = right_view(root)
    assert got == [8, 10, 14, 13], f"got {got}"


def test_example_2_left_subtree_node_is_visible():
    got = right_view(build([1, 2, None, 3]))
    assert got == [1, 2, 3], f"got {got}"


def test_example_3_empty_tree():
    assert right_view(build([])) == []
