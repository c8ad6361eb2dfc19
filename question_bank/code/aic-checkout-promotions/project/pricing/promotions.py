"""Promotions: each knows which sku it applies to and how much it takes off a line."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PercentOff:
    """`percent`% off every unit of `sku`, rounded to the nearest cent (halves up)."""

    sku: str
    percent: int

    def __post_init__(self) -> None:
        if not 0 < self.percent <= 100:
            raise ValueError(f"percent must be in 1..100, not {self.percent}")

    @property
    def name(self) -> str:
        return f"{self.percent}% off"

    def applies_to(self, sku: str) -> bool:
        return sku == self.sku

    def discount(self, qty: int, unit_cents: int) -> int:
        """Cents off a line of `qty` units at `unit_cents` each."""
        return round(qty * unit_cents * self.percent / 100)
