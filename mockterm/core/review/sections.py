"""A mock's review as sections of plain data, computed once and drawn twice: as Markdown
(`core/review/markdown.py`: the export and feedback.md) and with Rich (`ui/review_rich.py`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from mockterm.core.bank import RubricItem
from mockterm.core.review.code import CodeReview
from mockterm.core.review.grades import GRADE_LABELS, RECOMMENDATIONS, SCORE_LABELS
from mockterm.core.review.insights import Insights, PhaseInsights
from mockterm.core.review.key_points import KeyPointHit, Marker
from mockterm.core.review.speech import SpeechStats
from mockterm.core.review.timeline import PhaseSpan
from mockterm.core.sessions.model import Session, cut_phase, ticked
from mockterm.core.sessions.timer import format_clock, total_seconds, whole_seconds

if TYPE_CHECKING:
    from mockterm.core.review.export import Review

EVENT_LABELS = {
    "note": "Note",
    "hint": "Hint",
    "follow_up": "Follow-up asked",
    "key_point": "Key point ticked",
    "checkpoint": "Checkpoint",
    "pause": "Paused",
    "resume": "Resumed",
}


# --- from the session file alone ----------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    """What the review is of: the prompt, the round, when, how it ended, how long, the grade."""

    title: str
    round_title: str
    started: datetime
    status: str
    """"completed", "ended early", ..."""
    actual: float
    planned: float
    grade: str | None
    """The grade's key as saved (None when not graded)."""

    @property
    def grade_label(self) -> str:
        return GRADE_LABELS.get(self.grade or "", self.grade or "")


def heading(session: Session) -> Heading:
    return Heading(
        session.prompt.title,
        session.round_title,
        session.started_at,
        session.status.replace("_", " "),
        total_seconds(p.actual_seconds for p in session.phases),
        total_seconds(p.planned_seconds for p in session.phases),
        session.grade,
    )


@dataclass(frozen=True)
class PlanRow:
    """One phase of the plan: planned and actual seconds (0 when it was skipped)."""

    phase: str
    planned: float
    actual: float
    stopped: bool = False
    """The mock stopped in this phase before its plan was through (`cut_phase`): its time
    says when, not how long the phase takes, so it has no overrun."""


@dataclass(frozen=True)
class Plan:
    """Every phase of the plan, planned vs actual, and the totals."""

    rows: tuple[PlanRow, ...]
    planned: float
    actual: float


def plan(session: Session) -> Plan:
    cut = cut_phase([p.actual_seconds for p in session.phases], session.status)
    rows = tuple(
        PlanRow(p.name, p.planned_seconds, p.actual_seconds, i == cut)
        for i, p in enumerate(session.phases)
    )
    return Plan(
        rows,
        total_seconds(p.planned_seconds for p in session.phases),
        total_seconds(p.actual_seconds for p in session.phases),
    )


@dataclass(frozen=True)
class Check:
    """A follow-up or key point of the prompt, and when the interviewer ticked it (None: not)."""

    text: str
    at: float | None


@dataclass(frozen=True)
class Note:
    at: float
    phase: str
    text: str


@dataclass(frozen=True)
class Record:
    """What the interviewer marked during a paired mock: follow-ups asked, key points covered,
    hints given and notes, each at its time."""

    follow_ups: tuple[Check, ...]
    key_points: tuple[Check, ...]
    hints: tuple[Note, ...]
    notes: tuple[Note, ...]

    @staticmethod
    def done(checks: Sequence[Check]) -> int:
        return sum(1 for check in checks if check.at is not None)


def record(session: Session) -> Record:
    def checks(field_name: str, kind: str) -> tuple[Check, ...]:
        done = ticked(session.events, kind)
        return tuple(Check(item, done.get(item)) for item in session.prompt_items(field_name))

    return Record(
        checks("follow_ups", "follow_up"),
        checks("key_points", "key_point"),
        tuple(Note(e.offset, e.phase, e.text) for e in session.events if e.kind == "hint"),
        tuple(Note(e.offset, e.phase, e.text) for e in session.notes),
    )


@dataclass(frozen=True)
class ScoreRow:
    """A rubric dimension, its score (None when not scored) and what good looks like."""

    name: str
    score: int | None
    good: str = ""

    @property
    def label(self) -> str:
        """ "weak" … "strong" ("" when not scored)."""
        return SCORE_LABELS.get(self.score, "") if self.score is not None else ""


def score_rows(rubric: Sequence[RubricItem], scores: Mapping[str, int]) -> tuple[ScoreRow, ...]:
    """Every rubric dimension in order, then any score of a dimension the rubric lacks (a file
    edited by hand), so that no score given is lost."""
    names = {item.name for item in rubric}
    rows = [ScoreRow(item.name, scores.get(item.name), item.good) for item in rubric]
    rows += [ScoreRow(name, score) for name, score in scores.items() if name not in names]
    return tuple(rows)


def _given(rows: Sequence[ScoreRow]) -> tuple[ScoreRow, ...]:
    return tuple(row for row in rows if row.score is not None)


@dataclass(frozen=True)
class SelfReviewSection:
    scores: tuple[ScoreRow, ...]
    went_well: str
    to_improve: str
    grade: str
    """The grade's label ("" when not graded)."""

    @property
    def given(self) -> tuple[ScoreRow, ...]:
        return _given(self.scores)

    @property
    def written(self) -> bool:
        """Anything but the grade was given."""
        return bool(self.given or self.went_well or self.to_improve)


def self_review(session: Session) -> SelfReviewSection:
    review = session.review
    scores = score_rows(session.rubric, review.scores if review else {})
    grade = GRADE_LABELS.get(session.grade or "", "")
    if review is None:
        return SelfReviewSection(scores, "", "", grade)
    return SelfReviewSection(scores, review.went_well, review.to_improve, grade)


@dataclass(frozen=True)
class FeedbackSection:
    recommendation: str
    """The recommendation's label ("" when none)."""
    scores: tuple[ScoreRow, ...]
    strengths: str
    to_work_on: str

    @property
    def given(self) -> tuple[ScoreRow, ...]:
        return _given(self.scores)

    @property
    def average(self) -> float | None:
        given = [row.score for row in self.given if row.score is not None]
        return sum(given) / len(given) if given else None


def feedback(session: Session) -> FeedbackSection | None:
    """The interviewer's feedback; None when there is none (a solo mock)."""
    given = session.feedback
    if given is None:
        return None
    label = RECOMMENDATIONS.get(given.recommendation, given.recommendation)
    scores = score_rows(session.rubric, given.scores)
    return FeedbackSection(label, scores, given.strengths, given.to_work_on)


# --- with the transcript and its insights -------------------------------------------------------


@dataclass(frozen=True)
class Speech:
    """The speech figures in words; `summary` is None without a transcript."""

    summary: str | None
    fillers: str = ""
    """Each filler heard and how often: "um 3, like 1" ("" when none)."""
    pauses: str = ""
    """The longest pauses: "110 s at 1:27 (Design), …" ("" when none)."""


def speech_line(stats: SpeechStats) -> str:
    """One line of speech figures; fillers are marked as a lower bound (≥)."""
    return (
        f"{stats.words} words · {stats.wpm:.0f} WPM · fillers ≥ {stats.fillers} "
        f"(≥ {stats.fillers_per_minute:.1f}/min) · speaking {format_clock(stats.speaking_seconds)} "
        f"({stats.speaking_share:.0%}), silence {format_clock(stats.silence_seconds)}"
    )


def speech(overall: SpeechStats | None) -> Speech:
    if overall is None:
        return Speech(None)
    return Speech(
        speech_line(overall),
        ", ".join(f"{k} {v}" for k, v in overall.filler_counts.items()),
        ", ".join(
            f"{whole_seconds(p.seconds)} s at {format_clock(p.start)} ({p.phase})"
            for p in overall.pauses
        ),
    )


@dataclass(frozen=True)
class Markers:
    """Hints used or follow-ups asked, with when, and how many the prompt offers."""

    used: tuple[Marker, ...]
    available: int


@dataclass(frozen=True)
class TranscriptLine:
    """A line said, an event (a note, a hint, …) or a long silence, at its time."""

    offset: float
    kind: str
    """"speech", "silence" or an event's kind."""
    text: str
    label: str = ""
    """The event's name ("Hint", "Follow-up asked", …); "" for speech and silences."""


@dataclass(frozen=True)
class TranscriptPhase:
    span: PhaseSpan
    lines: tuple[TranscriptLine, ...]
    """In time order; at the same moment a silence comes first, then events, then speech."""


@dataclass(frozen=True)
class ReviewSections:
    """Everything a review of one saved mock shows, ready to draw."""

    heading: Heading
    prompt_text: str
    timeline: tuple[PhaseInsights, ...]
    """The phases that ran, planned vs actual, with their speech figures."""
    stopped_in: str | None
    """The phase the mock stopped in before its plan was through (None: it completed)."""
    speech: Speech
    hints: Markers
    follow_ups: Markers
    key_points: tuple[KeyPointHit, ...]
    transcript: tuple[TranscriptPhase, ...]
    transcript_problem: str | None
    """None when there is a transcript; else why not ("" when nothing says why)."""
    self_review: SelfReviewSection
    feedback: FeedbackSection | None
    paired: bool
    """A paired mock: the interviewer's feedback, not the self-review, is what gets edited."""
    code: CodeReview | None = None
    chained: bool = False
    """A topics round: the user asks the follow-ups of a topic's chain (f), solo too."""

    @property
    def covered(self) -> list[KeyPointHit]:
        return [point for point in self.key_points if point.covered]

    @property
    def key_points_assessed(self) -> bool:
        """False without a transcript and without ticks: nothing tells which were missed."""
        return all(point.assessed for point in self.key_points)

    @property
    def follow_ups_summary(self) -> str:
        """ "2 of 5 asked" in a paired mock (or a topics round, where the user asks them); a
        solo mock has no interviewer to ask them, so no count (a 0 there would read as a
        score)."""
        if not (self.paired or self.chained or self.follow_ups.used):
            return f"none in a solo mock ({self.follow_ups.available} for an interviewer)"
        return f"{len(self.follow_ups.used)} of {self.follow_ups.available} asked"

    @property
    def key_points_summary(self) -> str:
        """ "3 of 7 covered", or why they are not assessed."""
        covered, total = len(self.covered), len(self.key_points)
        if self.key_points_assessed:
            return f"{covered} of {total} covered"
        if covered:
            return f"{covered} of {total} ticked; the rest not assessed (no transcript)"
        return f"{total}, not assessed: no transcript to check them against"


def transcript(review: Review, result: Insights) -> tuple[TranscriptPhase, ...]:
    """The transcript by phase with the events and, with a transcript, the long silences."""
    silences = {}
    if result.overall is not None:
        for phase in result.phases:
            for pause in phase.speech.pauses if phase.speech else ():
                silences[pause.start] = pause
        for pause in result.overall.pauses:
            silences[pause.start] = pause
    phases = []
    for block in review.blocks:
        lines = [
            TranscriptLine(
                item.offset,
                item.kind,
                item.text,
                "" if item.kind == "speech" else EVENT_LABELS.get(item.kind, item.kind),
            )
            for item in block.items
        ]
        name = block.span.name
        lines += [
            TranscriptLine(start, "silence", f"{whole_seconds(pause.seconds)} s of silence")
            for start, pause in silences.items()
            if pause.phase == (name or pause.phase)
        ]
        # stable: the block's own order (events before speech at one moment) is kept
        lines.sort(key=lambda line: (line.offset, line.kind != "silence"))
        phases.append(TranscriptPhase(block.span, tuple(lines)))
    return tuple(phases)


def _stopped_in(session: Session) -> str | None:
    cut = cut_phase([p.actual_seconds for p in session.phases], session.status)
    return session.phases[cut].name if cut is not None else None


def review_sections(review: Review) -> ReviewSections:
    session, result = review.session, review.insights
    return ReviewSections(
        heading(session),
        session.prompt.text,
        result.phases,
        _stopped_in(session),
        speech(result.overall),
        Markers(result.hints, result.hints_available),
        Markers(result.follow_ups, result.follow_ups_available),
        result.key_points,
        transcript(review, result),
        None if review.transcript is not None else review.transcript_problem,
        self_review(session),
        feedback(session),
        session.mode == "interviewer" or session.feedback is not None,
        review.code,
        any(p.chain for p in session.prompts),
    )
