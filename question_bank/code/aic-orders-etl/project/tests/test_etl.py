import sqlite3
from datetime import date

from etl import daily_revenue, revenue_by_country, run

DAY1, DAY2 = "data/orders_2025-03-01.csv", "data/orders_2025-03-02.csv"
CUSTOMERS = "data/customers.csv"
MARCH_1, MARCH_2 = date(2025, 3, 1), date(2025, 3, 2)


def loaded(*files):
    conn = sqlite3.connect(":memory:")
    run(conn, files, CUSTOMERS)
    return conn


def test_a_full_load_keeps_the_newest_version_of_each_order():
    statuses = dict(loaded(DAY1, DAY2).execute("SELECT order_id, status FROM orders"))
    assert len(statuses) == 10, statuses
    assert (statuses[1002], statuses[1003]) == ("refunded", "paid"), statuses


def test_orders_get_their_customers_country():
    got = dict(loaded(DAY1).execute("SELECT order_id, country FROM orders"))
    assert got == {1001: "DE", 1002: "US", 1003: "SE", 1004: "US", 1005: "IE", 1006: "DE"}, got


def test_daily_revenue_includes_the_last_day():
    got = daily_revenue(loaded(DAY1, DAY2), MARCH_1, MARCH_2)
    assert got == [("2025-03-01", 8900), ("2025-03-02", 6699)], got


def test_revenue_by_country():
    got = revenue_by_country(loaded(DAY1, DAY2), MARCH_2)
    assert got == {"DE": 999, "SE": 2200, "US": 3000, "unknown": 500}, got


def test_incremental_loads_day_by_day():
    from etl.pipeline import run_incremental  # the feature

    conn = sqlite3.connect(":memory:")
    first = run_incremental(conn, [DAY1], CUSTOMERS)
    assert (first.inserted, first.updated, first.unchanged) == (6, 0, 0), first
    second = run_incremental(conn, [DAY2], CUSTOMERS)
    assert (second.inserted, second.updated, second.unchanged) == (4, 1, 1), second
    got = daily_revenue(conn, MARCH_1, MARCH_2)
    assert got == [("2025-03-01", 8900), ("2025-03-02", 6699)], got


def test_loading_the_same_file_twice_changes_nothing():
    from etl.pipeline import run_incremental  # the feature

    conn = sqlite3.connect(":memory:")
    run_incremental(conn, [DAY1], CUSTOMERS)
    before = conn.execute("SELECT * FROM orders ORDER BY order_id").fetchall()
    again = run_incremental(conn, [DAY1], CUSTOMERS)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 6), again
    assert conn.execute("SELECT * FROM orders ORDER BY order_id").fetchall() == before
