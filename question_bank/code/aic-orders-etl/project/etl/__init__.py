"""The nightly orders ETL: CSV exports from the shop into the reporting database (SQLite)."""

from etl.pipeline import run
from etl.report import daily_revenue, revenue_by_country

__all__ = ["daily_revenue", "revenue_by_country", "run"]
