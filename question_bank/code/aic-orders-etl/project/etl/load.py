"""Load: the reporting database's orders table."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from etl.transform import Order

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


def replace_all(conn: sqlite3.Connection, rows: Iterable[tuple[Order, str]]) -> int:
    """Empty the table and insert `rows`; the number inserted."""
    with conn:  # one transaction: a failure leaves yesterday's table, not half of today's
        conn.execute("DELETE FROM orders")
        cursor = conn.executemany(
            "INSERT INTO orders VALUES (?, ?, ?, ?, ?, ?, ?)",
            [row_of(order, country) for order, country in rows],
        )
    return cursor.rowcount
