"""Statistics over latencies."""

from __future__ import annotations

import math
from collections.abc import Sequence


def percentile(values: Sequence[float], p: float) -> float:
    """The nearest-rank p-th percentile (0 < p <= 100): the smallest value such that at
    least p% of the values are less than or equal to it. ValueError for no values."""
    if not values:
        raise ValueError("no values")
    if not 0 < p <= 100:
        raise ValueError(f"p must be in (0, 100], not {p}")
    ordered = sorted(values)
    # the rank (1-based) is ceil(p% of n); p * n / 100 rounds once, where p / 100 * n can land
    # just above a whole number (0.07 * 100 == 7.000000000000001)
    rank = math.ceil(p * len(ordered) / 100)
    return ordered[rank - 1]
