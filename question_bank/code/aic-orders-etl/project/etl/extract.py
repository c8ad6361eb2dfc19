"""Extract: the shop's CSV exports, row by row, as text."""

from __future__ import annotations

import csv
from pathlib import Path


def read_rows(path: str | Path) -> list[dict[str, str]]:
    """Every row of a CSV file with a header line, as a dict of column -> text."""
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))
