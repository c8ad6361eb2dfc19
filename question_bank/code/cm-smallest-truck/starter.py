def min_capacity(weights: list[int], d: int) -> int:
    """Smallest integer truck capacity that ships all parcels, in order, within `d` days.

    Each day the truck loads parcels from the front of the line until the next one would push
    the load above the capacity, then leaves. Parcels are never split or reordered.
    """
    raise NotImplementedError
