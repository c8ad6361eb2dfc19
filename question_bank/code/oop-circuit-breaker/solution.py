from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

CLOSED, OPEN, HALF_OPEN = "CLOSED", "OPEN", "HALF_OPEN"


class CircuitOpenError(Exception):
    """Raised by `BreakerRegistry.execute` when the breaker rejects a call and there is no
    fallback."""


class _ConsecutiveFailures:
    """Trip after `threshold` failures in a row."""

    def __init__(self, threshold: int) -> None:
        self.threshold = threshold
        self.failures = 0

    def on_result(self, now: int, success: bool) -> bool:
        self.failures = 0 if success else self.failures + 1
        return self.failures >= self.threshold

    def clear(self) -> None:
        self.failures = 0


class _FailureRate:
    """Trip when, among the outcomes in (now - window, now], there are at least `min_calls` and
    the failed fraction is >= `rate_threshold`. Each outcome is appended and popped once."""

    def __init__(self, window: int, min_calls: int, rate_threshold: float) -> None:
        self.window = window
        self.min_calls = min_calls
        self.rate_threshold = rate_threshold
        self.outcomes: deque[tuple[int, bool]] = deque()
        self.failures = 0

    def on_result(self, now: int, success: bool) -> bool:
        self.outcomes.append((now, success))
        self.failures += not success
        cutoff = now - self.window
        while self.outcomes and self.outcomes[0][0] <= cutoff:
            _, ok = self.outcomes.popleft()
            self.failures -= not ok
        calls = len(self.outcomes)
        return calls >= self.min_calls and self.failures / calls >= self.rate_threshold

    def clear(self) -> None:
        self.outcomes.clear()
        self.failures = 0


class CircuitBreaker:
    """Guards calls to a flaky service: CLOSED (calls flow), OPEN (rejected), HALF_OPEN (one
    trial call). Time is simulated: `now` in seconds, never decreasing between calls.

    Two failure policies: `failure_threshold` consecutive failures, or a failure rate over a
    sliding `window` (with `min_calls` and `rate_threshold`). Without `open_seconds` an OPEN
    breaker stays open until `reset`.
    """

    def __init__(
        self,
        failure_threshold: int | None = None,
        open_seconds: int | None = None,
        window: int | None = None,
        min_calls: int | None = None,
        rate_threshold: float | None = None,
    ) -> None:
        self._policy: _ConsecutiveFailures | _FailureRate
        if window is not None:
            if min_calls is None or rate_threshold is None:
                raise ValueError("the window mode needs min_calls and rate_threshold")
            self._policy = _FailureRate(window, min_calls, rate_threshold)
        elif failure_threshold is not None:
            self._policy = _ConsecutiveFailures(failure_threshold)
        else:
            raise ValueError("give failure_threshold, or window, min_calls and rate_threshold")
        self._open_seconds = open_seconds
        self._state = CLOSED
        self._opened_at = 0
        self._trial_in_flight = False
        self._log: list[str] = []

    # one place that changes state, resets what goes with it and logs the change
    def _transition(self, at: int, new_state: str) -> None:
        self._log.append(f"{at}:{self._state}->{new_state}")
        self._state = new_state
        self._trial_in_flight = False
        if new_state == OPEN:
            self._opened_at = at
        elif new_state == CLOSED:
            self._policy.clear()

    # the only place where the lazy OPEN -> HALF_OPEN change happens, stamped with its due time
    def _refresh(self, now: int) -> None:
        if self._state == OPEN and self._open_seconds is not None:
            due = self._opened_at + self._open_seconds
            if now >= due:
                self._transition(due, HALF_OPEN)

    def allow(self, now: int) -> bool:
        """True if a call may go ahead now. In HALF_OPEN, True for exactly one trial call until
        its outcome is recorded."""
        self._refresh(now)
        if self._state == CLOSED:
            return True
        if self._state == HALF_OPEN and not self._trial_in_flight:
            self._trial_in_flight = True
            return True
        return False

    def record(self, now: int, success: bool) -> None:
        """Report a call's outcome. Ignored while OPEN; in HALF_OPEN it decides (success closes,
        failure reopens with a fresh cool-down from `now`); in CLOSED it feeds the policy."""
        self._refresh(now)
        if self._state == OPEN:
            return
        if self._state == HALF_OPEN:
            self._transition(now, CLOSED if success else OPEN)
        elif self._policy.on_result(now, success):
            self._transition(now, OPEN)

    def state(self, now: int) -> str:
        """ "CLOSED", "OPEN" or "HALF_OPEN" at time `now`."""
        self._refresh(now)
        return self._state

    def reset(self, now: int) -> None:
        """Force CLOSED with a zero count and an empty window."""
        self._refresh(now)
        if self._state != CLOSED:
            self._transition(now, CLOSED)
        self._policy.clear()

    def transitions(self) -> list[str]:
        """Every state change so far, as "time:FROM->TO"."""
        return list(self._log)


class BreakerRegistry:
    """One circuit breaker per service, wrapped around real calls."""

    def __init__(self) -> None:
        self._breakers: dict[str, CircuitBreaker] = {}

    def configure(self, service: str, **settings: int | float) -> None:
        """Create (or replace) the service's breaker with `CircuitBreaker(**settings)`."""
        self._breakers[service] = CircuitBreaker(**settings)  # type: ignore[arg-type]

    def execute(
        self,
        now: int,
        service: str,
        fn: Callable[[], T],
        fallback: Callable[[], T] | None = None,
    ) -> T:
        """Call `fn` through the service's breaker. Rejected: `fallback()` or CircuitOpenError
        (fn is not called). `fn` raises: a failure, then `fallback()` or the original exception.
        Unknown service: KeyError."""
        breaker = self._breakers[service]
        if not breaker.allow(now):
            if fallback is not None:
                return fallback()
            raise CircuitOpenError(f"circuit for {service!r} is open")
        try:
            result = fn()
        except Exception:
            breaker.record(now, False)
            if fallback is not None:
                return fallback()
            raise
        breaker.record(now, True)
        return result

    def transitions(self, service: str) -> list[str]:
        """Every state change of the service's breaker, as "time:FROM->TO"."""
        return self._breakers[service].transitions()
