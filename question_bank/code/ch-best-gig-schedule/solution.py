from bisect import bisect_right


def max_pay(gigs: list[list[int]]) -> int:
    """The largest total pay of a set of gigs no two of which overlap in time.

    gigs[i] = [start, end, pay]. A gig that ends at time t and one that starts at t do not
    overlap.
    """
    gigs = sorted(gigs, key=lambda g: g[1])
    ends = [g[1] for g in gigs]
    best = [0] * (len(gigs) + 1)  # best[i]: the best pay using only the first i gigs by end
    for i, (start, _, pay) in enumerate(gigs, 1):
        j = bisect_right(ends, start, 0, i - 1)  # earlier gigs that end at or before start
        best[i] = max(best[i - 1], best[j] + pay)
    return best[-1]
