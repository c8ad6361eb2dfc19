"""One line of the access log into a Record.

The servers write the common log format plus the request's duration in seconds:

    10.0.0.7 - - [10/Oct/2025:13:55:36 +0200] "GET /api/items?page=2 HTTP/1.1" 200 512 0.043
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

LINE = re.compile(
    r'(?P<client>\S+) \S+ \S+ \[(?P<time>[^\]]+)\] "(?P<method>[A-Z]+) (?P<target>\S+) [^"]*" '
    r"(?P<status>\d{3}) (?P<bytes>\d+|-) (?P<seconds>\d+(?:\.\d+)?)$"
)
MONTHS = {m: n for n, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}


@dataclass(frozen=True)
class Record:
    time: datetime
    """When the request came in, in UTC."""
    client: str
    method: str
    path: str
    """The target without its query string."""
    status: int
    bytes: int
    latency_ms: float


def parse_time(text: str) -> datetime:
    """'10/Oct/2025:13:55:36 +0200' (local time and its offset from UTC) -> the instant in UTC."""
    stamp, offset = text.split()
    day, month, rest = stamp.split("/", 2)
    year, hour, minute, second = rest.split(":")
    local = datetime(int(year), MONTHS[month], int(day), int(hour), int(minute), int(second))
    sign = -1 if offset.startswith("-") else 1
    shift = timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5]))
    # local time = UTC + offset, so UTC = local time - offset
    return (local - sign * shift).replace(tzinfo=timezone.utc)


def parse_line(line: str) -> Record | None:
    """The record of one log line; None for a line that is not one (truncated, garbage)."""
    match = LINE.match(line.strip())
    if match is None:
        return None
    try:
        when = parse_time(match["time"])
    except (ValueError, KeyError):
        return None
    return Record(
        time=when,
        client=match["client"],
        method=match["method"],
        path=match["target"].split("?", 1)[0],
        status=int(match["status"]),
        bytes=0 if match["bytes"] == "-" else int(match["bytes"]),
        latency_ms=float(match["seconds"]) * 1000,
    )
