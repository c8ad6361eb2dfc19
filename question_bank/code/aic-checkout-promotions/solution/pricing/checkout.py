"""Checkout: a cart priced against the catalog, with promotions, into a receipt."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pricing.cart import Cart
from pricing.catalog import Catalog
from pricing.promotions import Promotion


class OutOfStock(Exception):
    """The cart asks for more of a product than the shop has."""


@dataclass(frozen=True)
class Line:
    sku: str
    qty: int
    unit_cents: int
    discount_cents: int
    promotion: str | None = None
    """The name of the promotion applied to this line, if one took anything off."""

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


def checkout(cart: Cart, catalog: Catalog, promotions: Sequence[Promotion] = ()) -> Receipt:
    """Price every line of the cart (in sku order) and apply the promotions: at most one a
    line, the one that takes the most off (the first listed on a tie). OutOfStock when the
    cart wants more than the stock."""
    lines = []
    for sku in sorted(cart.items):
        qty = cart.items[sku]
        product = catalog.get(sku)
        if qty > product.stock:
            raise OutOfStock(f"{sku}: {qty} wanted, {product.stock} in stock")
        best, name = 0, None
        for promotion in promotions:  # strictly more to replace: ties keep the first
            if promotion.applies_to(sku):
                amount = promotion.discount(qty, product.price_cents)
                if amount > best:
                    best, name = amount, promotion.name
        lines.append(Line(sku, qty, product.price_cents, best, name))
    return Receipt(lines)
