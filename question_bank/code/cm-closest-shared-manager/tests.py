from collections import deque

from solution import TreeNode, lca


def build(values):
    """A tree from its level order, None for a missing child."""
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


ORG = [8, 3, 10, 1, 6, None, 14, None, None, 4, 7, 13]


def test_example_1_targets_in_different_subtrees():
    assert lca(build(ORG), 4, 1) == 3


def test_example_2_one_target_manages_the_other():
    assert lca(build(ORG), 7, 6) == 6


def test_example_3_answer_is_the_root():
    assert lca(build(ORG), 13, 1) == 8
