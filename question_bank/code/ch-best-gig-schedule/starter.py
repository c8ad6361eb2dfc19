def max_pay(gigs: list[list[int]]) -> int:
    """The largest total pay of a set of gigs no two of which overlap in time.

    gigs[i] = [start, end, pay]. A gig that ends at time t and one that starts at t do not
    overlap.
    """
    raise NotImplementedError
