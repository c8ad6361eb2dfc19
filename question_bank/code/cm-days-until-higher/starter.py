def days_until_higher(prices: list[int]) -> list[int]:
    """For each day i, how many days until a strictly higher price than prices[i] (0 if never)."""
    raise NotImplementedError
