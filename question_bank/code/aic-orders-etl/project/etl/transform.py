"""Transform: text rows into typed records, newest versions only, with each order's country."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal


@dataclass(frozen=True)
class Order:
    order_id: int
    customer_id: str
    amount_cents: int
    status: str
    """pending, paid, cancelled or refunded."""
    created_at: datetime
    updated_at: datetime
    """When this version of the order was written: a later version supersedes it."""


def parse_utc(text: str) -> datetime:
    """'2025-03-01T08:05:00Z' -> an aware datetime in UTC."""
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc)


def clean_order(row: dict[str, str]) -> Order:
    return Order(
        order_id=int(row["order_id"]),
        customer_id=row["customer_id"].strip(),
        amount_cents=int(Decimal(row["amount"]) * 100),
        status=row["status"].strip().lower(),
        created_at=parse_utc(row["created_at"]),
        updated_at=parse_utc(row["updated_at"]),
    )


def countries(rows: Iterable[dict[str, str]]) -> dict[str, str]:
    """Customer id -> country, from the customers export."""
    return {row["customer_id"].strip(): row["country"].strip() for row in rows}


def latest_versions(orders: Iterable[Order]) -> list[Order]:
    """One order per id: the version with the latest `updated_at` (the exports repeat an
    order each time it changes, and files can arrive late). Sorted by id."""
    newest: dict[int, Order] = {}
    for order in orders:
        kept = newest.get(order.order_id)
        if kept is None or order.updated_at > kept.updated_at:
            newest[order.order_id] = order
    return [newest[order_id] for order_id in sorted(newest)]


def with_country(orders: Iterable[Order], country_of: dict[str, str]) -> list[tuple[Order, str]]:
    """Each order with its customer's country; 'unknown' when the customer is not known."""
    return [(order, country_of.get(order.customer_id, "unknown")) for order in orders]
