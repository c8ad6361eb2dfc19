"""The phase timer: a countdown through planned phases that never drifts.

Pure: the clock is a parameter. Remaining time is always computed from the phase's start and the
time spent paused, never by counting ticks, so a busy machine or a sleeping laptop cannot skew it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

Clock = Callable[[], float]


class TimerState(str, Enum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    ENDED = "ended"


@dataclass(frozen=True)
class PlannedPhase:
    name: str
    seconds: float
    guidance: str = ""


@dataclass(frozen=True)
class TimerEvent:
    """Something that happened at `offset` seconds after the start (pauses included)."""

    kind: str  # phase_start, warning, checkpoint, phase_end, pause, resume, adjust, end
    offset: float
    phase: int
    detail: float = 0.0


@dataclass(frozen=True)
class PhaseResult:
    name: str
    planned: float
    actual: float


class PhaseTimer:
    """A countdown through `phases`; call `poll()` often to learn about warnings and checkpoints."""

    def __init__(
        self,
        phases: Sequence[PlannedPhase],
        clock: Clock = time.monotonic,
        warning_lead: float = 60.0,
    ) -> None:
        if not phases:
            raise ValueError("a timer needs at least one phase")
        self.phases = list(phases)
        self.planned = [max(p.seconds, 0.0) for p in phases]
        self.clock = clock
        self.warning_lead = warning_lead
        self.state = TimerState.READY
        self.index = 0
        self.actual: list[float | None] = [None] * len(phases)
        self._start = 0.0
        self._phase_start = 0.0
        self._paused_at: float | None = None
        self._paused_in_phase = 0.0
        self._paused_total = 0.0
        self._warned = False
        self._checkpointed = False
        self._pending: list[TimerEvent] = []
        self._ended_at: float | None = None

    # --- reading --------------------------------------------------------------------------------

    def _now(self) -> float:
        return self._paused_at if self._paused_at is not None else self.clock()

    def offset(self) -> float:
        """Seconds since start, pauses included (what session events are stamped with)."""
        if self.state is TimerState.READY:
            return 0.0
        if self._ended_at is not None:
            return self._ended_at - self._start
        return self.clock() - self._start

    def active_offset(self) -> float:
        """Seconds since start with paused time left out."""
        if self.state is TimerState.READY:
            return 0.0
        paused = self._paused_total
        if self._paused_at is not None:
            paused += self.clock() - self._paused_at
        return self.clock() - self._start - paused

    def phase_elapsed(self) -> float:
        if self.state is TimerState.READY:
            return 0.0
        if self.state is TimerState.ENDED:
            return self.actual[self.index] or 0.0
        return self._now() - self._phase_start - self._paused_in_phase

    def phase_remaining(self) -> float:
        """Seconds left in the current phase; negative once it runs into overtime."""
        return self.planned[self.index] - self.phase_elapsed()

    def overtime(self) -> bool:
        return self.state is not TimerState.READY and self.phase_remaining() < 0

    def total_remaining(self) -> float:
        """The interview's time left: the whole plan less the time every phase took so far.

        Negative once the mock runs past its planned end. Overtime in one phase eats the time
        of the phases after it (and a phase closed early gives its time to them), as in a real
        interview, where the clock on the wall does not stop for a long answer."""
        if self.state is TimerState.ENDED:
            return 0.0
        done = sum(self.actual[i] or 0.0 for i in range(self.index))
        return sum(self.planned) - done - self.phase_elapsed()

    @property
    def current(self) -> PlannedPhase:
        return self.phases[self.index]

    def is_last_phase(self) -> bool:
        return self.index == len(self.phases) - 1

    def results(self) -> list[PhaseResult]:
        """Planned vs actual for every phase; a phase never reached has actual 0."""
        out = []
        for i, phase in enumerate(self.phases):
            actual = self.actual[i]
            if actual is None:
                actual = self.phase_elapsed() if i == self.index else 0.0
            out.append(PhaseResult(phase.name, self.planned[i], actual))
        return out

    # --- acting ---------------------------------------------------------------------------------

    def _emit(self, kind: str, detail: float = 0.0) -> None:
        self._pending.append(TimerEvent(kind, self.offset(), self.index, detail))

    def start(self) -> None:
        if self.state is not TimerState.READY:
            return
        now = self.clock()
        self._start = now
        self._phase_start = now
        self.state = TimerState.RUNNING
        self._emit("phase_start")

    def restore(self, offset: float, index: int, actual: Sequence[float], elapsed: float) -> None:
        """Go on with a mock that stopped at `offset` (mockterm was closed or crashed): phase
        `index` had run `elapsed` seconds and the ones before it took `actual`. Offsets go on
        from `offset`: the time the mock was away counts nowhere."""
        if self.state is not TimerState.READY:
            return
        now = self.clock()
        self.index = min(max(index, 0), len(self.phases) - 1)
        self.actual = [actual[i] if i < self.index else None for i in range(len(self.phases))]
        self._start = now - offset
        self._phase_start = now - elapsed
        self._paused_total = max(offset - elapsed - sum(actual[: self.index]), 0.0)
        self.state = TimerState.RUNNING
        # what already fired before the stop does not fire again
        remaining = self.phase_remaining()
        self._checkpointed = remaining <= 0
        self._warned = remaining <= self.warning_lead

    def pause(self) -> None:
        if self.state is TimerState.RUNNING:
            self._paused_at = self.clock()
            self.state = TimerState.PAUSED
            self._emit("pause")

    def resume(self) -> None:
        if self.state is TimerState.PAUSED and self._paused_at is not None:
            paused = self.clock() - self._paused_at
            self._paused_in_phase += paused
            self._paused_total += paused
            self._paused_at = None
            self.state = TimerState.RUNNING
            self._emit("resume", paused)

    def toggle_pause(self) -> None:
        if self.state is TimerState.PAUSED:
            self.resume()
        else:
            self.pause()

    def adjust(self, seconds: float) -> None:
        """Extend (positive) or shorten (negative) the current phase's plan; never below zero."""
        if self.state in (TimerState.READY, TimerState.ENDED):
            return
        before = self.planned[self.index]
        self.planned[self.index] = max(before + seconds, 0.0)
        remaining = self.phase_remaining()
        if remaining > 0:
            self._checkpointed = False
        if remaining > self.warning_lead:
            self._warned = False
        self._emit("adjust", self.planned[self.index] - before)

    def next_phase(self) -> None:
        """Close the current phase (checkpoint or not) and start the next; after the last, end."""
        if self.state in (TimerState.READY, TimerState.ENDED):
            return
        if self.is_last_phase():
            self.end()
            return
        self.poll_into_pending()
        self.actual[self.index] = self.phase_elapsed()
        self._emit("phase_end", self.actual[self.index] or 0.0)
        now = self._now()
        self.index += 1
        self._phase_start = now
        self._paused_in_phase = 0.0
        if self._paused_at is not None:
            # moving on while paused: the new phase starts when the pause ends
            self._phase_start = self._paused_at
        self._warned = False
        self._checkpointed = False
        self._emit("phase_start")

    def end(self) -> None:
        if self.state in (TimerState.READY, TimerState.ENDED):
            return
        self.resume()
        self.poll_into_pending()
        self.actual[self.index] = self.phase_elapsed()
        self._emit("phase_end", self.actual[self.index] or 0.0)
        self._ended_at = self.clock()
        self.state = TimerState.ENDED
        self._emit("end")

    def poll_into_pending(self) -> None:
        if self.state is not TimerState.RUNNING:
            return
        remaining = self.phase_remaining()
        planned = self.planned[self.index]
        if not self._warned and planned > self.warning_lead and 0 < remaining <= self.warning_lead:
            self._warned = True
            self._emit("warning", remaining)
        if not self._checkpointed and remaining <= 0:
            self._checkpointed = True
            self._warned = True
            self._emit("checkpoint", -remaining)

    def poll(self) -> list[TimerEvent]:
        """Everything that happened since the last poll, oldest first."""
        self.poll_into_pending()
        events, self._pending = self._pending, []
        return events


NOISE = 0.005
"""Float noise below this is not time: a plan scaled to 20 minutes may add up to 1199.999 s."""


def whole_seconds(seconds: float | None) -> int:
    """The one rounding rule for every time mockterm shows: whole seconds, rounded down, as a
    stopwatch shows them (79.6 s is 1:19). A countdown shows the plan less these, an overrun
    is the difference of two of these, and a total adds them up, so every figure on a screen
    agrees with the others and with the clock the user saw during the mock."""
    return max(math.floor((seconds or 0.0) + NOISE), 0)


def format_clock(seconds: float | None, *, countdown: bool = False) -> str:
    """`m:ss` (`h:mm:ss` past an hour) of a session offset or a length of time, in whole
    seconds (`whole_seconds`). A countdown shows the whole seconds left, so that it and the
    time spent add up to the plan (0:00 shows exactly at the checkpoint), and shows overtime
    (negative) as `+m:ss`, the whole seconds past the plan."""
    seconds = seconds or 0.0
    sign = ""
    if countdown and seconds < 0:
        sign, whole = "+", whole_seconds(-seconds)
    elif countdown:
        whole = max(-math.floor(-seconds + NOISE), 0)
    else:
        whole = whole_seconds(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


def overrun_seconds(actual: float, planned: float) -> int:
    """Time over plan as shown: the difference of the two times shown (`whole_seconds`)."""
    return whole_seconds(actual) - whole_seconds(planned)


def format_overrun(seconds: float) -> str:
    """Time over plan: `+0:10` over, `-0:10` under; a mean of overruns is cut to whole seconds
    like any other time (pass `overrun_seconds(actual, planned)` for one phase)."""
    return ("+" if seconds >= 0 else "-") + format_clock(abs(seconds))


def total_seconds(values: Iterable[float]) -> int:
    """A total of times as shown: the sum of each one's whole seconds, so that a table's total
    row is the sum of the rows above it."""
    return sum(whole_seconds(v) for v in values)
