import sqlite3
import tempfile
from datetime import date
from pathlib import Path

from etl import daily_revenue, revenue_by_country, run

DAY1, DAY2 = "data/orders_2025-03-01.csv", "data/orders_2025-03-02.csv"
CUSTOMERS = "data/customers.csv"
HEADER = "order_id,customer_id,amount,status,created_at,updated_at\n"
TABLE = "SELECT * FROM orders ORDER BY order_id"


def loaded(*files):
    conn = sqlite3.connect(":memory:")
    run(conn, files, CUSTOMERS)
    return conn


def counts(stats):
    return (stats.inserted, stats.updated, stats.unchanged)


def export(folder, name, *rows):
    path = Path(folder) / name
    path.write_text(HEADER + "".join(row + "\n" for row in rows), encoding="utf-8")
    return path


def test_revenue_counts_paid_orders_only():
    assert daily_revenue(loaded(DAY1), date(2025, 3, 1), date(2025, 3, 1)) == [
        ("2025-03-01", 10150)
    ]


def test_every_day_of_the_range_is_reported():
    got = daily_revenue(loaded(DAY1, DAY2), date(2025, 2, 28), date(2025, 3, 3))
    assert got == [
        ("2025-02-28", 0),
        ("2025-03-01", 8900),
        ("2025-03-02", 6699),
        ("2025-03-03", 0),
    ], got
    assert daily_revenue(loaded(DAY1), date(2025, 3, 2), date(2025, 3, 1)) == []


def test_padded_ids_on_either_side_join():
    with tempfile.TemporaryDirectory() as folder:
        orders = export(
            folder,
            "orders.csv",
            "1,0003,5.00,paid,2025-03-04T10:00:00Z,2025-03-04T10:00:00Z",
            "2,6,7.00,paid,2025-03-04T11:00:00Z,2025-03-04T11:00:00Z",
        )
        conn = sqlite3.connect(":memory:")
        run(conn, [orders], CUSTOMERS)
    assert revenue_by_country(conn, date(2025, 3, 4)) == {"DE": 700, "US": 500}


def test_a_late_file_does_not_roll_orders_back():
    from etl.pipeline import run_incremental

    conn = sqlite3.connect(":memory:")
    assert counts(run_incremental(conn, [DAY2], CUSTOMERS)) == (6, 0, 0)
    assert counts(run_incremental(conn, [DAY1], CUSTOMERS)) == (4, 1, 1)
    assert conn.execute(TABLE).fetchall() == loaded(DAY1, DAY2).execute(TABLE).fetchall()


def test_incremental_keeps_what_the_new_files_do_not_mention():
    from etl.pipeline import run_incremental

    conn = sqlite3.connect(":memory:")
    run_incremental(conn, [DAY1], CUSTOMERS)
    run_incremental(conn, [DAY2], CUSTOMERS)
    assert conn.execute(TABLE).fetchall() == loaded(DAY1, DAY2).execute(TABLE).fetchall()


def test_the_newest_of_several_versions_in_one_batch_is_inserted():
    from etl.pipeline import run_incremental

    conn = sqlite3.connect(":memory:")
    run_incremental(conn, [DAY1], CUSTOMERS)
    status = conn.execute("SELECT status FROM orders WHERE order_id = 1003").fetchone()[0]
    assert status == "paid", status


def test_a_version_with_the_same_time_changes_nothing():
    from etl.pipeline import run_incremental

    with tempfile.TemporaryDirectory() as folder:
        placed = "2025-03-04T10:00:00Z"
        first = export(folder, "a.csv", f"1,1,5.00,paid,{placed},{placed}")
        same = export(folder, "b.csv", f"1,1,5.00,refunded,{placed},{placed}")
        newer = export(folder, "c.csv", f"1,1,5.00,refunded,{placed},2025-03-04T10:00:01Z")
        conn = sqlite3.connect(":memory:")
        run_incremental(conn, [first], CUSTOMERS)
        assert counts(run_incremental(conn, [same], CUSTOMERS)) == (0, 0, 1)
        assert conn.execute("SELECT status FROM orders").fetchone()[0] == "paid"
        assert counts(run_incremental(conn, [newer], CUSTOMERS)) == (0, 1, 0)
        assert conn.execute("SELECT status FROM orders").fetchone()[0] == "refunded"


def test_an_unknown_customer_keeps_its_order():
    got = dict(loaded(DAY2).execute("SELECT order_id, country FROM orders"))
    assert got[1009] == "unknown", got
