"""The catalog: what the shop sells, at what price, and how many are in stock."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from pricing.money import parse_price


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price_cents: int
    stock: int


class Catalog:
    def __init__(self, products: list[Product]) -> None:
        self._products = {p.sku: p for p in products}

    def get(self, sku: str) -> Product:
        """The product; KeyError for a sku the shop does not sell."""
        return self._products[sku]

    def __len__(self) -> int:
        return len(self._products)


def load_catalog(path: str | Path) -> Catalog:
    """Read a CSV with the columns sku, name, price, stock."""
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return Catalog(
        [Product(r["sku"], r["name"], parse_price(r["price"]), int(r["stock"])) for r in rows]
    )
