import heapq


class RunningMedian:
    """The median of a growing stream of integers."""

    def __init__(self) -> None:
        """An empty stream."""
        self._low: list[int] = []  # the smaller half, negated (a max-heap)
        self._high: list[int] = []  # the larger half (a min-heap)

    def add(self, x: int) -> None:
        """Add the integer x to the stream."""
        heapq.heappush(self._low, -x)
        heapq.heappush(self._high, -heapq.heappop(self._low))
        if len(self._high) > len(self._low):
            heapq.heappush(self._low, -heapq.heappop(self._high))

    def median(self) -> float:
        """The median of all numbers added so far, as a float.

        The middle value for an odd count, the mean of the two middle values for an even count.
        Only called after at least one add.
        """
        if len(self._low) > len(self._high):
            return float(-self._low[0])
        return (-self._low[0] + self._high[0]) / 2
