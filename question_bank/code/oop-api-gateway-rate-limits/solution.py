from __future__ import annotations

import math
from fractions import Fraction


def _segments(path: str) -> tuple[str, ...]:
    return tuple(part for part in path.split("/") if part)


def _exact(number: float) -> Fraction:
    """A float as the decimal it was written as (0.1 -> 1/10), so refills never drift."""
    return Fraction(str(number)) if isinstance(number, float) else Fraction(number)


class _FixedWindow:
    """At most `limit` accepted requests per aligned window [k * window, (k + 1) * window)."""

    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self.index = -1
        self.count = 0

    def _roll(self, now: int) -> None:
        index = now // self.window
        if index != self.index:
            self.index, self.count = index, 0

    def allows(self, now: int) -> bool:
        self._roll(now)
        return self.count < self.limit

    def consume(self, now: int) -> None:
        self._roll(now)
        self.count += 1

    def wait(self, now: int) -> int:
        return 0 if self.allows(now) else (self.index + 1) * self.window - now


class _TokenBucket:
    """Starts full, refills continuously (lazily, on each look), one whole token per request."""

    def __init__(self, capacity: int, rate: Fraction, now: int) -> None:
        self.capacity = Fraction(capacity)
        self.rate = rate
        self.tokens = self.capacity
        self.last = now

    def _refill(self, now: int) -> None:
        self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
        self.last = now

    def allows(self, now: int) -> bool:
        self._refill(now)
        return self.tokens >= 1

    def consume(self, now: int) -> None:
        self._refill(now)
        self.tokens -= 1

    def wait(self, now: int) -> int:
        return 0 if self.allows(now) else math.ceil((1 - self.tokens) / self.rate)


_Limiter = _FixedWindow | _TokenBucket


class Gateway:
    """Routes request paths to backends and protects them with rate limits: per-client fixed
    windows, per-(client, backend) token buckets and per-backend global fixed windows."""

    def __init__(self) -> None:
        self._routes: dict[tuple[str, ...], str] = {}
        self._client_limits: dict[str, _FixedWindow] = {}
        self._bucket_specs: dict[str, tuple[int, Fraction]] = {}
        self._buckets: dict[str, dict[str, _TokenBucket]] = {}  # backend -> client -> bucket
        self._global_limits: dict[str, _FixedWindow] = {}

    # level 1: routing
    def add_route(self, prefix: str, backend: str) -> bool:
        """Route paths starting with `prefix` (by segments) to `backend`; False if that prefix
        is already routed."""
        key = _segments(prefix)
        if key in self._routes:
            return False
        self._routes[key] = backend
        return True

    def route(self, path: str) -> str | None:
        """The backend of the longest routed prefix of `path`; None if none matches."""
        segments = _segments(path)
        for length in range(len(segments), -1, -1):
            backend = self._routes.get(segments[:length])
            if backend is not None:
                return backend
        return None

    # levels 2-4: limits
    def set_client_limit(self, client: str, limit: int, window: int) -> None:
        """At most `limit` accepted requests per aligned window; resets the client's count."""
        self._client_limits[client] = _FixedWindow(limit, window)

    def set_bucket(self, backend: str, capacity: int, refill_per_sec: float) -> None:
        """Every client gets its own token bucket for `backend`, starting full."""
        self._bucket_specs[backend] = (capacity, _exact(refill_per_sec))
        self._buckets[backend] = {}

    def set_global_limit(self, backend: str, limit: int, window: int) -> None:
        """At most `limit` accepted requests to `backend` per aligned window, over all clients."""
        self._global_limits[backend] = _FixedWindow(limit, window)

    def _limiters(self, now: int, client: str, backend: str) -> list[_Limiter]:
        limiters: list[_Limiter] = []
        if client in self._client_limits:
            limiters.append(self._client_limits[client])
        if backend in self._bucket_specs:
            buckets = self._buckets[backend]
            if client not in buckets:
                capacity, rate = self._bucket_specs[backend]
                buckets[client] = _TokenBucket(capacity, rate, now)
            limiters.append(buckets[client])
        if backend in self._global_limits:
            limiters.append(self._global_limits[backend])
        return limiters

    def handle(self, now: int, client: str, path: str) -> str:
        """The backend on success, "404" if unrouted, "429" if any limit rejects. Only an
        accepted request consumes anything, and it consumes from every applicable limit."""
        backend = self.route(path)
        if backend is None:
            return "404"
        limiters = self._limiters(now, client, backend)
        if not all(limiter.allows(now) for limiter in limiters):
            return "429"
        for limiter in limiters:
            limiter.consume(now)
        return backend

    def retry_after(self, now: int, client: str, path: str) -> int | None:
        """None if unrouted; else the smallest whole number of seconds after which every limit
        would allow one request (0 if one would be accepted now). Consumes nothing."""
        backend = self.route(path)
        if backend is None:
            return None
        return max(
            (limiter.wait(now) for limiter in self._limiters(now, client, backend)), default=0
        )
