class Store:
    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def add(self, item: str, n: int) -> None:
        self.counts[item] = self.counts.get(item, 0) + n

    def remove(self, item: str, n: int) -> bool:
        """Take n of item away; False (and no change) when there are not that many."""
        self.counts[item] = self.counts.get(item, 0) - n
        return True
