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


def test_example_1_path_bends_at_the_root():
    got = max_path_sum(build([2, -1, 3, 4, 5, None, -6]))
    assert got == 9, f"got {got}"


def test_example_2_single_node_path():
    got = max_path_sum(build([-2, -3, -1]))
    assert got == -1, f"got {got}"


def test_example_3_whole_tree_is_one_path():
    got = max_path_sum(build([1, 2, 3, 4, None, None, 5]))
    assert got == 15, f"got {got}"
