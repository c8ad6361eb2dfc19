"""The model of a session: what `session.toml` holds, as frozen dataclasses."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Protocol

from mockterm import __version__
from mockterm.core.bank import Prompt, RubricItem
from mockterm.core.sessions.errors import SessionError as SessionError

FORMAT_VERSION = 1
STATUSES = ("running", "completed", "ended_early", "interrupted")
GRADES = ("again", "hard", "good", "easy")
MODES = ("solo", "interviewer")


TICK_KINDS = ("follow_up", "key_point")
UNTICK_SUFFIX = "_untick"
KEY_POINTS_CHECKED = "key_points_checked"
"""Event: a solo user went through the key points after the mock (End screen) and ticked the
ones they covered; an unticked one is then missed, not unassessed."""


@dataclass(frozen=True)
class Event:
    """Something that happened during a mock, `offset` seconds after it started."""

    offset: float
    kind: str
    phase: str = ""
    text: str = ""
    value: float | None = None


@dataclass(frozen=True)
class PhaseRecord:
    name: str
    planned_seconds: float
    actual_seconds: float = 0.0


@dataclass(frozen=True)
class SelfReview:
    scores: Mapping[str, int] = field(default_factory=dict)
    went_well: str = ""
    to_improve: str = ""


@dataclass(frozen=True)
class Feedback:
    """What the interviewer of a paired mock gives the candidate: rubric scores (1-4), a
    recommendation (a key of `mockterm.core.review.grades.RECOMMENDATIONS`, or empty) and words."""

    scores: Mapping[str, int] = field(default_factory=dict)
    recommendation: str = ""
    strengths: str = ""
    to_work_on: str = ""


@dataclass(frozen=True)
class Session:
    id: str
    round_id: str
    round_title: str
    prompt: Prompt
    started_at: datetime
    mode: str = "solo"
    status: str = "running"
    ended_at: datetime | None = None
    rubric: tuple[RubricItem, ...] = ()
    phases: tuple[PhaseRecord, ...] = ()
    events: tuple[Event, ...] = ()
    review: SelfReview | None = None
    # seconds since the start at the last write: a crash loses the timing after it, no more
    last_seen: float = 0.0
    # rapid-fire rounds: every question asked, in order, and the grade given to each (by id)
    questions: tuple[Prompt, ...] = ()
    question_grades: Mapping[str, str] = field(default_factory=dict)
    grade: str | None = None
    # interviewer mode: the interviewer's feedback, and the ids of the role-swapped sessions
    feedback: Feedback | None = None
    paired_with: tuple[str, ...] = ()
    app_version: str = __version__
    format_version: int = FORMAT_VERSION
    # tables written by newer versions or later features, kept as they are on rewrite
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def prompts(self) -> tuple[Prompt, ...]:
        """Every prompt asked: a rapid-fire round's questions, else the one prompt."""
        return self.questions or (self.prompt,)

    def prompt_items(self, field_name: str) -> list[str]:
        """Hints, follow-ups or key points of every prompt asked, each once, in order (a
        topic's chain is its follow-ups)."""
        items = (i for p in self.prompts for i in _items(p, field_name))
        return list(dict.fromkeys(items))

    @property
    def notes(self) -> list[Event]:
        return [e for e in self.events if e.kind == "note"]

    def planned_seconds(self) -> float:
        return sum(p.planned_seconds for p in self.phases)

    def actual_seconds(self) -> float:
        return sum(p.actual_seconds for p in self.phases)


def cut_phase(actuals: Sequence[float], status: str) -> int | None:
    """The phase a mock stopped in before its plan was through (ended early, abandoned,
    interrupted, or still running): the last one that ran. Its time says when the mock stopped,
    not how long the phase takes, so overrun figures leave it out. None for a completed mock."""
    if status == "completed":
        return None
    ran = [i for i, actual in enumerate(actuals) if actual > 0]
    return ran[-1] if ran else None


def _items(prompt: Prompt, field_name: str) -> tuple[str, ...]:
    items: tuple[str, ...] = getattr(prompt, field_name)
    if field_name == "follow_ups":
        items += tuple(step.ask for step in prompt.chain)
    return items


class Recording(Protocol):
    """What MockSession drives while it records (mockterm.core.audio.live.SessionRecording)."""

    def start(self, session_offset: float) -> None: ...
    def pause(self) -> None: ...
    def resume(self) -> None: ...
    def stop(self) -> None: ...
    def close(self) -> None: ...
    def info(self) -> dict[str, Any]: ...


def ticked(events: Iterable[Event], kind: str) -> dict[str, float]:
    """Items of `kind` ticked now (text -> offset of the tick); a later untick removes one.

    Ticks are events (`follow_up` / `key_point`, undone by `..._untick`), so their times line up
    with the recording."""
    state: dict[str, float] = {}
    for event in events:
        if event.kind == kind:
            state[event.text] = event.offset
        elif event.kind == kind + UNTICK_SUFFIX:
            state.pop(event.text, None)
    return state


def key_point_events(
    session: Session, covered: set[str], at: float, phase: str
) -> tuple[Event, ...]:
    """Ticks and unticks that leave exactly `covered` ticked among the prompts' key points,
    then the mark that they were checked (so the unticked ones count as missed)."""
    now = ticked(session.events, "key_point")
    events = []
    for item in session.prompt_items("key_points"):
        if item in covered and item not in now:
            events.append(Event(at, "key_point", phase, item))
        elif item not in covered and item in now:
            events.append(Event(at, "key_point" + UNTICK_SUFFIX, phase, item))
    events.append(Event(at, KEY_POINTS_CHECKED, phase, value=float(len(covered))))
    return tuple(events)


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)
