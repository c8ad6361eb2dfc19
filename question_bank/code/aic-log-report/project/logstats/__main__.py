"""python -m logstats LOGFILE: the per-endpoint report of a log file."""

from __future__ import annotations

import sys

from logstats.reader import read_log
from logstats.report import by_endpoint


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m logstats LOGFILE", file=sys.stderr)
        return 2
    records, skipped = read_log(argv[0])
    print(f"{len(records)} requests, {skipped} lines skipped")
    for key, stats in by_endpoint(records).items():
        print(
            f"{key:<28} {stats.requests:>6} req {stats.errors:>4} err "
            f"p50 {stats.p50_ms:>8.1f} ms  p95 {stats.p95_ms:>8.1f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
