import random

from solution import broadcast_time


def test_single_node():
    got = broadcast_time(1, [], 1)
    assert got == 0, f"got {got}, want 0"


def test_links_are_one_way():
    # the only link points into the source
    got = broadcast_time(2, [[2, 1, 3]], 1)
    assert got == -1, f"got {got}, want -1"


def test_more_hops_can_be_faster():
    # 1 -> 4 directly takes 100; 1 -> 2 -> 3 -> 4 takes 3. Fewest hops is not fastest.
    links = [[1, 4, 100], [1, 2, 1], [2, 3, 1], [3, 4, 1]]
    got = broadcast_time(4, links, 1)
    assert got == 3, f"got {got}, want 3"


def test_answer_is_the_latest_node_not_node_n():
    # node 2 is reached last (at 9), node 3 early (at 2)
    links = [[3, 1, 5], [3, 2, 9], [3, 4, 2], [4, 3, 1]]
    got = broadcast_time(4, links, 3)
    assert got == 9, f"got {got}, want 9"


def test_cycles_and_improvements_after_first_arrival():
    # node 3 is first reached by a slow link, then improved through 2; the cycle 3 -> 1 is ignored
    links = [[1, 3, 10], [1, 2, 2], [2, 3, 3], [3, 1, 1], [3, 4, 1], [4, 2, 1]]
    got = broadcast_time(4, links, 1)
    assert got == 6, f"got {got}, want 6 (node 3 at 5, node 4 at 6)"


def test_large_network():
    # 10^4 nodes, about 5 * 10^4 links: a chain 1 -> 2 -> ... -> n of 1 ms links, plus links
    # that never help: forward jumps slower than the chain, and backward links. Node i is
    # reached at i - 1, so the answer is n - 1. Bellman-Ford, or Dijkstra that scans every
    # node for the next one to settle, takes 10^8 steps or more.
    n = 10_000
    links = [[u, u + 1, 1] for u in range(1, n)]
    for u in range(1, n + 1):
        for gap in (2, 500):
            if u + gap <= n:
                links.append([u, u + gap, gap + 1 + u % 3])
        for gap in (3, 11):
            if u - gap >= 1:
                links.append([u, u - gap, 1 + (u * 31) % 1000])
    random.Random(0).shuffle(links)
    got = broadcast_time(n, links, 1)
    assert got == n - 1, f"got {got}, want {n - 1}"
