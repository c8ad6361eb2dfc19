"""Rate rules as the config file writes them: "COUNT/PERIOD", e.g. "100/min"."""

from __future__ import annotations

from dataclasses import dataclass

PERIOD_SECONDS = {"s": 1, "min": 60, "h": 3600}


@dataclass(frozen=True)
class Rule:
    capacity: int
    """The largest burst: how many tokens a full bucket holds."""
    refill_rate: float
    """Tokens added back per second."""


def parse_rule(text: str) -> Rule:
    """'100/min' is a bucket of 100 tokens that refills 100 tokens a minute."""
    count, _, period = text.strip().partition("/")
    count, period = count.strip(), period.strip()
    if not count.isdigit() or int(count) == 0 or period not in PERIOD_SECONDS:
        raise ValueError(f"bad rule {text!r}: expected COUNT/PERIOD with PERIOD one of s, min, h")
    capacity = int(count)
    return Rule(capacity, capacity / PERIOD_SECONDS[period])
