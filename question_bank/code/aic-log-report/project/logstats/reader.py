"""Reading a log file."""

from __future__ import annotations

from pathlib import Path

from logstats.parse import Record, parse_line


def read_log(path: str | Path) -> tuple[list[Record], int]:
    """The records of a log file in file order, and how many lines were skipped as not
    parseable (blank lines are not counted)."""
    records: list[Record] = []
    skipped = 0
    with open(path, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = parse_line(line)
            if record is None:
                skipped += 1
            else:
                records.append(record)
    return records, skipped
