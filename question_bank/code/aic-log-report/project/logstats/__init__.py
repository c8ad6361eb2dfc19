"""Reports from the web servers' access logs: per endpoint, and (soon) over time."""

from logstats.parse import Record, parse_line, parse_time
from logstats.reader import read_log
from logstats.report import EndpointStats, by_endpoint
from logstats.stats import percentile

__all__ = [
    "EndpointStats",
    "Record",
    "by_endpoint",
    "parse_line",
    "parse_time",
    "percentile",
    "read_log",
]
