"""Per-client rate limiting for the API gateway: token buckets behind route rules."""

from throttle.bucket import TokenBucket
from throttle.clock import ManualClock, SystemClock
from throttle.gateway import Gateway, Response
from throttle.limiter import RateLimiter
from throttle.rules import Rule, parse_rule

__all__ = [
    "Gateway",
    "ManualClock",
    "RateLimiter",
    "Response",
    "Rule",
    "SystemClock",
    "TokenBucket",
    "parse_rule",
]
