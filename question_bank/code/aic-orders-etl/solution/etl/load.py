"""Load: the reporting database's orders table."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from etl.transform import Order, parse_utc

SCHEMA = """
CREATE TABLE IF NOT EXISTS orders (
    order_id     INTEGER PRIMARY KEY,
    customer_id  TEXT NOT NULL,
    country      TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    status       TEXT NOT NULL,
    created_at   TEXT NOT NULL,  -- ISO 8601, UTC
    updated_at   TEXT NOT NULL   -- ISO 8601, UTC
)
"""


def create_schema(conn: sqlite3.Connection) -> None:
    conn.execute(SCHEMA)


def row_of(order: Order, country: str) -> tuple[object, ...]:
    return (
        order.order_id,
        order.customer_id,
        country,
        order.amount_cents,
        order.status,
        order.created_at.isoformat(),
        order.updated_at.isoformat(),
    )


@dataclass(frozen=True)
class LoadStats:
    """What an incremental load did, counted in orders."""

    inserted: int = 0
    updated: int = 0
    unchanged: int = 0


def upsert(conn: sqlite3.Connection, rows: Iterable[tuple[Order, str]]) -> LoadStats:
    """Insert orders the table lacks; replace a stored order only with a strictly newer
    version (a late file must not roll an order back). One transaction."""
    inserted = updated = unchanged = 0
    with conn:
        for order, country in rows:
            row = row_of(order, country)
            stored = conn.execute(
                "SELECT updated_at FROM orders WHERE order_id = ?", (order.order_id,)
            ).fetchone()
            if stored is None:
                conn.execute("INSERT INTO orders VALUES (?, ?, ?, ?, ?, ?, ?)", row)
                inserted += 1
            elif parse_utc(stored[0]) < order.updated_at:
                conn.execute(
                    "UPDATE orders SET customer_id = ?, country = ?, amount_cents = ?, "
                    "status = ?, created_at = ?, updated_at = ? WHERE order_id = ?",
                    (*row[1:], order.order_id),
                )
                updated += 1
            else:
                unchanged += 1
    return LoadStats(inserted, updated, unchanged)


def replace_all(conn: sqlite3.Connection, rows: Iterable[tuple[Order, str]]) -> int:
    """Empty the table and insert `rows`; the number inserted."""
    with conn:  # one transaction: a failure leaves yesterday's table, not half of today's
        conn.execute("DELETE FROM orders")
        cursor = conn.executemany(
            "INSERT INTO orders VALUES (?, ?, ?, ?, ?, ?, ?)",
            [row_of(order, country) for order, country in rows],
        )
    return cursor.rowcount
