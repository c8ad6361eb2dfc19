from __future__ import annotations


class CircuitBreaker:
    """Guards calls to a flaky service. States: "CLOSED" (calls flow) and "OPEN" (rejected).

    Time is simulated: every method takes `now` in seconds, never decreasing between calls.
    """

    def __init__(self, failure_threshold: int) -> None:
        """Trip to OPEN when `failure_threshold` failures are recorded in a row."""
        raise NotImplementedError

    def allow(self, now: int) -> bool:
        """True when the breaker is CLOSED (the call may go ahead), False when OPEN."""
        raise NotImplementedError

    def record(self, now: int, success: bool) -> None:
        """Report a call's outcome. A failure adds 1 to the consecutive-failure count and trips
        the breaker to OPEN when the count reaches `failure_threshold`; a success resets the count
        to 0. Outcomes recorded while OPEN are ignored."""
        raise NotImplementedError

    def state(self, now: int) -> str:
        """The current state: "CLOSED" or "OPEN"."""
        raise NotImplementedError

    def reset(self, now: int) -> None:
        """Force the breaker CLOSED with a zero failure count (an OPEN breaker stays open until
        this is called)."""
        raise NotImplementedError
