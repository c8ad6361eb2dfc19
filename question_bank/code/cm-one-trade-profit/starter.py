def max_profit(prices: list[int]) -> int:
    """Largest profit from buying one share on some day and selling it on a strictly later day.

    `prices[i]` is the price on day i. Returns 0 when no trade makes money.
    """
    raise NotImplementedError
