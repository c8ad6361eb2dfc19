"""Reports over records."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from logstats.parse import Record
from logstats.stats import percentile


@dataclass(frozen=True)
class EndpointStats:
    requests: int
    errors: int
    """Responses with a 5xx status (a 4xx is the client's mistake, not an error of ours)."""
    p50_ms: float
    p95_ms: float


@dataclass(frozen=True)
class Bucket:
    start: datetime
    """The first instant of the bucket, in UTC."""
    requests: int
    errors: int
    p95_ms: float | None
    """None when the bucket has no requests."""


def by_endpoint(records: Iterable[Record]) -> dict[str, EndpointStats]:
    """Stats per endpoint, keyed "METHOD /path", in key order."""
    groups: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        groups[f"{record.method} {record.path}"].append(record)
    report = {}
    for key in sorted(groups):
        group = groups[key]
        latencies = [r.latency_ms for r in group]
        report[key] = EndpointStats(
            requests=len(group),
            errors=_errors(group),
            p50_ms=percentile(latencies, 50),
            p95_ms=percentile(latencies, 95),
        )
    return report


def timeline(records: Iterable[Record], minutes: int = 1) -> list[Bucket]:
    """Requests, errors and p95 latency per bucket of `minutes` minutes (a divisor of 60,
    aligned to the hour), from the earliest record's bucket to the latest's with no gaps.
    The records may come in any order."""
    if minutes <= 0 or 60 % minutes:
        raise ValueError(f"minutes must divide 60, not {minutes}")
    groups: dict[datetime, list[Record]] = defaultdict(list)
    for record in records:
        groups[_floor(record.time, minutes)].append(record)
    if not groups:
        return []
    buckets = []
    start, last = min(groups), max(groups)
    while start <= last:
        group = groups.get(start, [])
        p95 = percentile([r.latency_ms for r in group], 95) if group else None
        buckets.append(Bucket(start, len(group), _errors(group), p95))
        start += timedelta(minutes=minutes)
    return buckets


def _errors(records: list[Record]) -> int:
    return sum(1 for r in records if r.status >= 500)


def _floor(moment: datetime, minutes: int) -> datetime:
    return moment.replace(minute=moment.minute - moment.minute % minutes, second=0, microsecond=0)
