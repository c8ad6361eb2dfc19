def fewest_coins(coins: list[int], amount: int) -> int:
    """The fewest coins (each denomination in `coins` available without limit) that add up to
    exactly `amount`, or -1 if no combination does. 0 coins make amount 0."""
    raise NotImplementedError
