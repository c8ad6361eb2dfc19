"""The gateway's front door: every request asks the limiter first."""

from __future__ import annotations

from dataclasses import dataclass, field

from throttle.limiter import RateLimiter


@dataclass
class Response:
    status: int
    headers: dict[str, str] = field(default_factory=dict)


class Gateway:
    def __init__(self, limiter: RateLimiter) -> None:
        self.limiter = limiter

    def handle(self, client: str, route: str, cost: int = 1) -> Response:
        """200 when the request may go on to the backend, 429 when the client is over its
        rate."""
        if self.limiter.allow(client, route, cost):
            return Response(200)
        return Response(429)
