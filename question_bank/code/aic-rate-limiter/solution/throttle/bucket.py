"""A token bucket: the burst a client may make now, refilled at a steady rate."""

from __future__ import annotations

import math

from throttle.clock import Clock


class TokenBucket:
    """Holds up to `capacity` tokens and gains `refill_rate` tokens a second. A request of
    cost c goes through when at least c tokens are there, and takes them; a request that is
    refused takes nothing."""

    def __init__(self, capacity: int, refill_rate: float, clock: Clock) -> None:
        self.capacity = capacity
        self.refill_rate = refill_rate
        self._clock = clock
        self.tokens = float(capacity)  # a new client may burst at once
        self._last = clock.now()

    def _refill(self) -> None:
        now = self._clock.now()
        elapsed = now - self._last  # seconds, as every Clock reads
        self.tokens = min(self.capacity, self.tokens + elapsed * self.refill_rate)
        self._last = now

    def try_take(self, cost: int = 1) -> bool:
        self._refill()
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False

    def seconds_until(self, cost: int = 1) -> float:
        """How long until `cost` tokens are there: 0.0 when they are now, math.inf when the
        bucket can never hold that many."""
        self._refill()
        if cost > self.capacity:
            return math.inf
        return max(0.0, (cost - self.tokens) / self.refill_rate)
