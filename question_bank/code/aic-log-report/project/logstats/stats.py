"""Statistics over latencies."""

from __future__ import annotations

from collections.abc import Sequence


def percentile(values: Sequence[float], p: float) -> float:
    """The nearest-rank p-th percentile (0 < p <= 100): the smallest value such that at
    least p% of the values are less than or equal to it. ValueError for no values."""
    if not values:
        raise ValueError("no values")
    if not 0 < p <= 100:
        raise ValueError(f"p must be in (0, 100], not {p}")
    ordered = sorted(values)
    rank = int(p / 100 * len(ordered))
    return ordered[min(rank, len(ordered) - 1)]
