"""Where a mock stopped when mockterm was closed or crashed, read from its events: to rebuild its
phase times (recovery) and to go on with it from there (resume)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from mockterm.core.bank import Phase, Prompt, Round
from mockterm.core.sessions.model import Event, Session
from mockterm.core.sessions.timer import Clock, PhaseTimer, PlannedPhase

ENDS = ("end", "abandoned", "interrupted")
"""Events that stop a mock's clock; a `resumed` event after one starts it again."""


@dataclass(frozen=True)
class StoppedAt:
    """The last moment a mock is known to have run, and its phase then."""

    offset: float
    """Seconds since the start (pauses included), as its events are stamped."""
    phase: int
    """Index of the phase running then in `session.phases` (-1: none had started)."""
    elapsed: float
    """Seconds that phase had run, its pauses left out."""
    paused: bool
    """The clock was paused."""


def last_moment(session: Session) -> float:
    """The latest offset the file knows of: its last event or its last heartbeat."""
    return max(session.events[-1].offset if session.events else 0.0, session.last_seen)


def stopped_at(session: Session) -> StoppedAt:
    """Where the mock stood at `last_moment`: the phase started last and not ended, and how long
    it had run without its pauses."""
    last = last_moment(session)
    names = [p.name for p in session.phases]
    start: Event | None = None
    paused_since: float | None = None
    paused = 0.0
    for event in session.events:
        if event.kind == "phase_start":
            start, paused = event, 0.0
            if paused_since is not None:
                # moving on while paused: the phase's clock starts when the pause ends
                paused_since = event.offset
        elif event.kind == "phase_end":
            start = None
        elif event.kind == "pause" and paused_since is None:
            paused_since = event.offset
        elif event.kind == "resume" and paused_since is not None:
            paused += event.offset - paused_since
            paused_since = None
    if start is None or start.phase not in names:
        return StoppedAt(last, -1, 0.0, paused_since is not None)
    if paused_since is not None:
        paused += last - paused_since
    elapsed = max(last - start.offset - paused, 0.0)
    return StoppedAt(last, names.index(start.phase), elapsed, paused_since is not None)


def session_end(session: Session) -> float:
    """Offset of the end of the mock: the event that stopped it (an `interrupted` one followed
    by `resumed` did not), else the last thing that happened."""
    end: float | None = None
    for event in session.events:
        if event.kind in ENDS and end is None:
            end = event.offset
        elif event.kind == "resumed":
            end = None
    last = max((e.offset for e in session.events), default=0.0)
    return max(end if end is not None else last, 0.0)


def round_of(session: Session) -> Round:
    """The round type as the session saved it, for a mock whose round type the bank no longer
    has: its title, rubric and phases (no guidance)."""
    return Round(
        id=session.round_id,
        title=session.round_title,
        format="rapid_fire" if session.questions else "single",
        phases=tuple(Phase(p.name, p.planned_seconds / 60) for p in session.phases),
        rubric=session.rubric,
        questions=len(session.questions),
    )


def resumed_timer(
    session: Session, stop: StoppedAt, round_: Round, *, clock: Clock, warning_lead: float
) -> PhaseTimer:
    """The mock's clock set where it stopped, with the plan as it ran (minutes given, time
    added) and the bank's guidance where known."""
    guidance = {p.name: p.guidance for p in round_.phases_for(session.prompt)}
    timer = PhaseTimer(
        [PlannedPhase(p.name, p.planned_seconds, guidance.get(p.name, "")) for p in session.phases],
        clock=clock,
        warning_lead=warning_lead,
    )
    done = [p.actual_seconds for p in session.phases]
    timer.restore(stop.offset, stop.phase, done, stop.elapsed)
    return timer


def hints_shown(session: Session, prompts: Iterable[Prompt]) -> dict[str, int]:
    """How many of each prompt's hints were shown before the stop (a hint shown twice once)."""
    shown: dict[str, int] = {}
    for prompt in prompts:
        texts = [e.text for e in session.events if e.kind == "hint" and e.text in prompt.hints]
        shown[prompt.id] = len(dict.fromkeys(texts))
    return shown
