class Store:
    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def add(self, item: str, n: int) -> None:
        self.counts[item] = self.counts.get(item, 0) + n

    def remove(self, item: str, n: int) -> bool:
        """Take n of item away; False (and no change) when there are not that many."""
        if self.counts.get(item, 0) < n:
            return False
        self.counts[item] -= n
        return True

    def low_stock(self, limit: int) -> list[str]:
        """Items with fewer than `limit` left, by name."""
        return sorted(item for item, count in self.counts.items() if count < limit)
