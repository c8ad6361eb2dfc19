"""Reports over records."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from logstats.parse import Record
from logstats.stats import percentile


@dataclass(frozen=True)
class EndpointStats:
    requests: int
    errors: int
    """Responses with a 5xx status (a 4xx is the client's mistake, not an error of ours)."""
    p50_ms: float
    p95_ms: float


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
            errors=sum(1 for r in group if r.status >= 500),
            p50_ms=percentile(latencies, 50),
            p95_ms=percentile(latencies, 95),
        )
    return report
