from __future__ import annotations


class _Node:
    __slots__ = ("kids", "passing", "ending")

    def __init__(self) -> None:
        self.kids: dict[str, _Node] = {}
        self.passing = 0  # recorded words that go through this node
        self.ending = 0  # recorded words that end here


class PrefixCounter:
    """Counts recorded search terms by prefix."""

    def __init__(self) -> None:
        """An empty counter."""
        self._root = _Node()

    def _find(self, s: str) -> _Node | None:
        node: _Node | None = self._root
        for c in s:
            node = node.kids.get(c)
            if node is None:
                return None
        return node

    def add(self, word: str) -> None:
        """Record one occurrence of `word`."""
        node = self._root
        node.passing += 1
        for c in word:
            child = node.kids.get(c)
            if child is None:
                child = node.kids[c] = _Node()
            node = child
            node.passing += 1
        node.ending += 1

    def count(self, prefix: str) -> int:
        """How many recorded occurrences start with `prefix`.

        A word is a prefix of itself, and the empty prefix matches everything.
        """
        node = self._find(prefix)
        return node.passing if node else 0

    def remove(self, word: str) -> None:
        """Remove one recorded occurrence of `word` if there is one; otherwise do nothing."""
        end = self._find(word)
        if end is None or end.ending == 0:
            return
        end.ending -= 1
        node = self._root
        node.passing -= 1
        for c in word:
            node = node.kids[c]
            node.passing -= 1
