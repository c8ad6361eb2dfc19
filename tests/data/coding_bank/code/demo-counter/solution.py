class Counter:
    def __init__(self) -> None:
        self.count = 0

    def increment(self) -> None:
        self.count += 1

    def get(self) -> int:
        return self.count

    def reset(self) -> int:
        before, self.count = self.count, 0
        return before
