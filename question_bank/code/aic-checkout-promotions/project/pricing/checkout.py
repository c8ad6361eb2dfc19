"""Checkout: a cart priced against the catalog, with promotions, into a receipt."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pricing.cart import Cart
from pricing.catalog import Catalog
from pricing.promotions import PercentOff


class OutOfStock(Exception):
    """The cart asks for more of a product than the shop has."""


@dataclass(frozen=True)
class Line:
    sku: str
    qty: int
    unit_cents: int
    discount_cents: int

    @property
    def total_cents(self) -> int:
        return self.qty * self.unit_cents - self.discount_cents


@dataclass(frozen=True)
class Receipt:
    lines: list[Line]

    @property
    def subtotal_cents(self) -> int:
        return sum(line.qty * line.unit_cents for line in self.lines)

    @property
    def discount_cents(self) -> int:
        return sum(line.discount_cents for line in self.lines)

    @property
    def total_cents(self) -> int:
        return self.subtotal_cents - self.discount_cents


def checkout(cart: Cart, catalog: Catalog, promotions: Sequence[PercentOff] = ()) -> Receipt:
    """Price every line of the cart (in sku order) and apply the promotions; OutOfStock
    when the cart wants more than the stock."""
    lines = []
    for sku in sorted(cart.items):
        qty = cart.items[sku]
        product = catalog.get(sku)
        if qty >= product.stock:
            raise OutOfStock(f"{sku}: {qty} wanted, {product.stock} in stock")
        discount = sum(
            p.discount(qty, product.price_cents) for p in promotions if p.applies_to(sku)
        )
        lines.append(Line(sku, qty, product.price_cents, discount))
    return Receipt(lines)
