import random
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


def test_two_node_tree():
    root = build([1, 2])
    assert lca(root, 1, 2) == 1
    assert lca(root, 2, 1) == 1


def test_siblings():
    assert lca(build([5, 9, 2]), 9, 2) == 5


def test_deep_target_under_the_other():
    # a left chain 1 - 2 - 3 - 4 - 5 with a leaf 6 hanging right of 3
    root = build([1, 2, None, 3, None, 4, 6, 5])
    assert lca(root, 5, 2) == 2
    assert lca(root, 6, 5) == 3
    assert lca(root, 1, 5) == 1


def test_zero_and_negative_values():
    # a manager valued 0 is still a found node
    root = build([-1, 0, 7, -3, 4])
    got = lca(root, -3, 4)
    assert got == 0, f"got {got}, want 0"
    got = lca(root, 0, -3)
    assert got == 0, f"got {got}, want 0"
    assert lca(root, 4, 7) == -1


def test_large_tree_in_linear_time():
    # 10^5 nodes about 700 levels deep: searching both subtrees again at every level does not
    # finish. The expected answer comes from parent links kept while building.
    rng = random.Random(0)
    n = 100_000
    values = [i * 7_919 % n for i in range(n)]  # unique: 7919 is prime to n
    nodes, parent, depth = [TreeNode(values[0])], [-1], [0]
    for i in range(1, n):
        par = i - 1 - int(rng.random() * min(i, 350))  # one of the last 350 nodes
        p = nodes[par]
        if p.left and p.right:
            par, p = i - 1, nodes[i - 1]  # the newest node has no children yet
        node = TreeNode(values[i])
        if p.left is None and (p.right is not None or rng.random() < 0.5):
            p.left = node
        else:
            p.right = node
        nodes.append(node)
        parent.append(par)
        depth.append(depth[par] + 1)

    def common(a, b):
        while depth[a] > depth[b]:
            a = parent[a]
        while depth[b] > depth[a]:
            b = parent[b]
        while a != b:
            a, b = parent[a], parent[b]
        return a

    deepest = sorted(range(n), key=lambda i: depth[i])[-2:]
    for a, b in (deepest, (n - 1, n // 2)):
        want = values[common(a, b)]
        got = lca(nodes[0], values[a], values[b])
        assert got == want, f"p={values[a]}, q={values[b]}: got {got}, want {want}"
