from collections import deque
from itertools import pairwise


def alien_order(words: list[str]) -> str:
    """An order of the letters in words consistent with words being sorted lexicographically.

    Every letter that appears in words appears exactly once in the result. When several orders are
    consistent any of them is returned; when none is (including a word followed by its own proper
    prefix), returns "".
    """
    letters = {ch for word in words for ch in word}
    after: dict[str, set[str]] = {ch: set() for ch in letters}
    indegree = dict.fromkeys(letters, 0)
    for a, b in pairwise(words):
        for x, y in zip(a, b, strict=False):
            if x != y:  # only the first difference says anything
                if y not in after[x]:
                    after[x].add(y)
                    indegree[y] += 1
                break
        else:
            if len(a) > len(b):  # a word before its own proper prefix
                return ""
    queue = deque(ch for ch in letters if indegree[ch] == 0)
    order = []
    while queue:
        ch = queue.popleft()
        order.append(ch)
        for nxt in after[ch]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                queue.append(nxt)
    return "".join(order) if len(order) == len(letters) else ""  # short: a cycle
