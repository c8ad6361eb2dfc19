"""The pipeline: extract, transform, load."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from etl.extract import read_rows
from etl.load import LoadStats, create_schema, replace_all, upsert
from etl.transform import clean_order, countries, latest_versions, with_country


def run(
    conn: sqlite3.Connection, order_files: Sequence[str | Path], customers_file: str | Path
) -> int:
    """Rebuild the orders table from every export in `order_files`; the number of orders."""
    create_schema(conn)
    orders = [clean_order(row) for path in order_files for row in read_rows(path)]
    country_of = countries(read_rows(customers_file))
    return replace_all(conn, with_country(latest_versions(orders), country_of))


def run_incremental(
    conn: sqlite3.Connection, order_files: Sequence[str | Path], customers_file: str | Path
) -> LoadStats:
    """Bring new exports into the orders table without rebuilding it: new orders are added,
    a stored order changes only for a strictly newer version. Running the same files again
    changes nothing."""
    create_schema(conn)
    orders = [clean_order(row) for path in order_files for row in read_rows(path)]
    country_of = countries(read_rows(customers_file))
    return upsert(conn, with_country(latest_versions(orders), country_of))
