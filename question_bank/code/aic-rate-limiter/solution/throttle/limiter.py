"""The rate limiter: one token bucket per client and rule."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from throttle.bucket import TokenBucket
from throttle.clock import Clock, SystemClock
from throttle.rules import Rule, parse_rule


@dataclass(frozen=True)
class Decision:
    """What the limiter decided about one request, with what the client should be told."""

    allowed: bool
    limit: int
    """The capacity of the rule that governs the route."""
    remaining: int
    """Whole tokens left in the client's bucket after this request."""
    retry_after: float
    """Seconds until the same request would pass: 0.0 when it passed, math.inf when the
    cost is larger than the bucket."""


class RateLimiter:
    """`rules` maps a route prefix to a rule, e.g. {"/": "100/min", "/search": "10/s"}: a
    route is governed by the most specific (longest) prefix that it starts with, and each
    client has a bucket of its own for each rule."""

    def __init__(self, rules: Mapping[str, str], clock: Clock | None = None) -> None:
        # longest first, so the first match is the most specific whatever the config's order
        self._rules = sorted(
            ((prefix, parse_rule(text)) for prefix, text in rules.items()),
            key=lambda item: len(item[0]),
            reverse=True,
        )
        self._clock = clock or SystemClock()
        self._buckets: dict[tuple[str, str], TokenBucket] = {}

    def rule_for(self, route: str) -> tuple[str, Rule]:
        """The prefix and rule that govern `route`; KeyError when none does."""
        for prefix, rule in self._rules:
            if route.startswith(prefix):
                return prefix, rule
        raise KeyError(f"no rule covers {route!r}")

    def _bucket(self, client: str, route: str) -> TokenBucket:
        prefix, rule = self.rule_for(route)
        key = (client, prefix)
        if key not in self._buckets:
            self._buckets[key] = TokenBucket(rule.capacity, rule.refill_rate, self._clock)
        return self._buckets[key]

    def allow(self, client: str, route: str, cost: int = 1) -> bool:
        """Take `cost` tokens from the client's bucket for `route`; False when too few."""
        return self.check(client, route, cost).allowed

    def check(self, client: str, route: str, cost: int = 1) -> Decision:
        """`allow`, with what the response headers need."""
        bucket = self._bucket(client, route)
        allowed = bucket.try_take(cost)
        retry_after = 0.0 if allowed else bucket.seconds_until(cost)
        return Decision(allowed, bucket.capacity, math.floor(bucket.tokens), retry_after)
