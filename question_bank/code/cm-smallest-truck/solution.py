def min_capacity(weights: list[int], d: int) -> int:
    """Smallest integer truck capacity that ships all parcels, in order, within `d` days.

    Each day the truck loads parcels from the front of the line until the next one would push
    the load above the capacity, then leaves. Parcels are never split or reordered.
    """

    def days_needed(cap: int) -> int:
        days, load = 1, 0
        for w in weights:
            if load + w > cap:
                days, load = days + 1, 0
            load += w
        return days

    lo, hi = max(weights), sum(weights)  # every parcel must fit; one day always suffices
    while lo < hi:
        mid = (lo + hi) // 2
        if days_needed(mid) <= d:
            hi = mid
        else:
            lo = mid + 1
    return lo
