class RunningMedian:
    """The median of a growing stream of integers."""

    def __init__(self) -> None:
        """An empty stream."""
        raise NotImplementedError

    def add(self, x: int) -> None:
        """Add the integer x to the stream."""
        raise NotImplementedError

    def median(self) -> float:
        """The median of all numbers added so far, as a float.

        The middle value for an odd count, the mean of the two middle values for an even count.
        Only called after at least one add.
        """
        raise NotImplementedError
