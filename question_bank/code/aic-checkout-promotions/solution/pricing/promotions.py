"""Promotions: each knows which sku it applies to and how much it takes off a line."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class Promotion(Protocol):
    @property
    def name(self) -> str: ...

    def applies_to(self, sku: str) -> bool: ...

    def discount(self, qty: int, unit_cents: int) -> int: ...


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
        # integers only: round() would send 2.5 to 2 (halves to even) and floats drift
        return (qty * unit_cents * self.percent + 50) // 100


@dataclass(frozen=True)
class BuyXGetY:
    """For every `buy + free` units of `sku` in a line, `free` of them cost nothing."""

    sku: str
    buy: int
    free: int

    def __post_init__(self) -> None:
        if self.buy < 1 or self.free < 1:
            raise ValueError("buy and free must be at least 1")

    @property
    def name(self) -> str:
        return f"buy {self.buy} get {self.free} free"

    def applies_to(self, sku: str) -> bool:
        return sku == self.sku

    def discount(self, qty: int, unit_cents: int) -> int:
        return qty // (self.buy + self.free) * self.free * unit_cents
