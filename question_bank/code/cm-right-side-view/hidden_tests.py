import random
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


def test_single_node():
    assert right_view(TreeNode(-7)) == [-7]


def test_left_chain_is_all_visible():
    root = TreeNode(1, TreeNode(2, TreeNode(3, TreeNode(4))))
    assert right_view(root) == [1, 2, 3, 4]


def test_deeper_left_subtree_shows_below_a_short_right_side():
    # right side stops at depth 1; the left subtree goes on to depth 3
    root = build([1, 2, 3, 4, None, None, None, None, 5])
    got = right_view(root)
    assert got == [1, 3, 4, 5], f"got {got}"


def test_rightmost_is_not_always_a_right_child():
    # depth 2 holds 4 (right child of 2) and 5 (left child of 3): 5 is seen
    root = build([1, 2, 3, None, 4, 5])
    got = right_view(root)
    assert got == [1, 3, 5], f"got {got}"


def test_negative_and_zero_values():
    root = build([0, -10_000, 10_000, None, 0])
    got = right_view(root)
    assert got == [0, 10_000, 0], f"got {got}"


def test_large_tree_in_linear_time():
    # 10^4 nodes about 600 levels deep; each node gets a path code (root 1, left 2c,
    # right 2c + 1), and at one depth the largest code is the rightmost node
    rng = random.Random(0)
    n = 10_000
    nodes, depth, code = [TreeNode(-5_000)], [0], [1]
    for i in range(1, n):
        parent = rng.randrange(max(0, i - 40), i)
        p = nodes[parent]
        if p.left and p.right:
            parent, p = i - 1, nodes[i - 1]  # the newest node has no children yet
        node = TreeNode(i - 5_000)
        if p.left is None and (p.right is not None or rng.random() < 0.5):
            p.left, side = node, 0
        else:
            p.right, side = node, 1
        nodes.append(node)
        depth.append(depth[parent] + 1)
        code.append(2 * code[parent] + side)
    best = {}
    for i in range(n):
        if depth[i] not in best or code[i] > code[best[depth[i]]]:
            best[depth[i]] = i
    want = [nodes[best[d]].val for d in range(len(best))]
    got = right_view(nodes[0])
    assert got == want, f"wrong view: {len(got)} values, want {len(want)}"
