"""Reports the finance team reads from the orders table."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

DAY = "substr(created_at, 1, 10)"  # the UTC date an order was placed


def daily_revenue(conn: sqlite3.Connection, first: date, last: date) -> list[tuple[str, int]]:
    """(day, cents) of paid orders for every day from `first` to `last`, both included, by
    the day the order was placed; 0 for a day without any."""
    rows = conn.execute(
        f"SELECT {DAY}, SUM(amount_cents) FROM orders "
        f"WHERE status = 'paid' AND {DAY} >= ? AND {DAY} <= ? GROUP BY {DAY}",
        (first.isoformat(), last.isoformat()),
    ).fetchall()
    totals = dict(rows)
    days = []
    day = first
    while day <= last:
        days.append((day.isoformat(), totals.get(day.isoformat(), 0)))
        day += timedelta(days=1)
    return days


def revenue_by_country(conn: sqlite3.Connection, day: date) -> dict[str, int]:
    """Cents of paid orders placed on `day`, by the customer's country."""
    rows = conn.execute(
        f"SELECT country, SUM(amount_cents) FROM orders "
        f"WHERE status = 'paid' AND {DAY} = ? GROUP BY country ORDER BY country",
        (day.isoformat(),),
    ).fetchall()
    return dict(rows)
