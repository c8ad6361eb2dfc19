def days_until_higher(prices: list[int]) -> list[int]:
    """For each day i, how many days until a strictly higher price than prices[i] (0 if never)."""
    ans = [0] * len(prices)
    stack: list[int] = []  # waiting days; their prices are non-increasing from bottom to top
    for i, p in enumerate(prices):
        while stack and prices[stack[-1]] < p:
            j = stack.pop()
            ans[j] = i - j
        stack.append(i)
    return ans
