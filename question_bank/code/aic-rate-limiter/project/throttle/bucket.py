"""A token bucket: the burst a client may make now, refilled at a steady rate."""

from __future__ import annotations

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
        elapsed = now - self._last  # clock readings are in milliseconds
        self.tokens = min(self.capacity, self.tokens + elapsed * self.refill_rate / 1000)
        self._last = now

    def try_take(self, cost: int = 1) -> bool:
        self._refill()
        if self.tokens > cost:
            self.tokens -= cost
            return True
        return False
