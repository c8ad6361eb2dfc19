"""The rate limiter: one token bucket per client and rule."""

from __future__ import annotations

from collections.abc import Mapping

from throttle.bucket import TokenBucket
from throttle.clock import Clock, SystemClock
from throttle.rules import Rule, parse_rule


class RateLimiter:
    """`rules` maps a route prefix to a rule, e.g. {"/": "100/min", "/search": "10/s"}: a
    route is governed by the most specific (longest) prefix that it starts with, and each
    client has a bucket of its own for each rule."""

    def __init__(self, rules: Mapping[str, str], clock: Clock | None = None) -> None:
        self._rules = [(prefix, parse_rule(text)) for prefix, text in rules.items()]
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
        return self._bucket(client, route).try_take(cost)
