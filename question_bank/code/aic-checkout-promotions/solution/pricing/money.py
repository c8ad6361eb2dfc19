"""Money is an int of cents everywhere; text only at the edges (CSV in, receipts out)."""

from __future__ import annotations

import re

PRICE = re.compile(r"\d+(\.\d{1,2})?")


def parse_price(text: str) -> int:
    """'4.35' -> 435 cents. At most two decimals; anything else is a ValueError."""
    text = text.strip()
    if not PRICE.fullmatch(text):
        raise ValueError(f"not a price: {text!r}")
    # digits, not float: float("4.35") * 100 is 434.99999999999994
    whole, _, part = text.partition(".")
    return int(whole) * 100 + int((part + "00")[:2])


def format_cents(cents: int) -> str:
    """435 -> '4.35'."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}{whole}.{part:02d}"
