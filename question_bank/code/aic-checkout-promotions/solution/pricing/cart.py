"""A shopping cart: quantities by sku."""

from __future__ import annotations


class Cart:
    def __init__(self) -> None:
        self.items: dict[str, int] = {}

    def add(self, sku: str, qty: int = 1) -> None:
        if qty <= 0:
            raise ValueError(f"quantity must be positive, not {qty}")
        self.items[sku] = self.items.get(sku, 0) + qty

    def remove(self, sku: str) -> None:
        self.items.pop(sku, None)

    def merge(self, other: Cart) -> None:
        """Bring another cart's items into this one (a guest cart into the account's cart
        at login): quantities of the same sku add up. `other` is left as it was."""
        for sku, qty in other.items.items():
            self.items[sku] = self.items.get(sku, 0) + qty
