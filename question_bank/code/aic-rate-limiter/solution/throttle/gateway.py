"""The gateway's front door: every request asks the limiter first."""

from __future__ import annotations

import math
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
        rate; the headers tell the client its limit, what is left, and when to retry."""
        decision = self.limiter.check(client, route, cost)
        headers = {
            "X-RateLimit-Limit": str(decision.limit),
            "X-RateLimit-Remaining": str(decision.remaining),
        }
        if decision.allowed:
            return Response(200, headers)
        if decision.retry_after != math.inf:  # a cost the bucket can never hold: no retry helps
            headers["Retry-After"] = str(math.ceil(decision.retry_after))
        return Response(429, headers)
