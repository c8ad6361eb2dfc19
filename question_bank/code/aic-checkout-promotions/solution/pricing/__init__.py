"""The shop's pricing: catalog, carts, promotions and checkout, all in whole cents."""

from pricing.cart import Cart
from pricing.catalog import Catalog, Product, load_catalog
from pricing.checkout import Line, OutOfStock, Receipt, checkout
from pricing.money import format_cents, parse_price
from pricing.promotions import BuyXGetY, PercentOff

__all__ = [
    "BuyXGetY",
    "Cart",
    "Catalog",
    "Line",
    "OutOfStock",
    "PercentOff",
    "Product",
    "Receipt",
    "checkout",
    "format_cents",
    "load_catalog",
    "parse_price",
]
