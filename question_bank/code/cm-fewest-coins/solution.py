def fewest_coins(coins: list[int], amount: int) -> int:
    """The fewest coins (each denomination in `coins` available without limit) that add up to
    exactly `amount`, or -1 if no combination does. 0 coins make amount 0."""
    impossible = amount + 1  # no answer uses more than `amount` coins, since coins are >= 1
    best = [0] + [impossible] * amount  # best[x]: fewest coins making x
    for x in range(1, amount + 1):
        for c in coins:
            if c <= x and best[x - c] + 1 < best[x]:
                best[x] = best[x - c] + 1
    return best[amount] if best[amount] <= amount else -1
