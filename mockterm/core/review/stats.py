"""Trends over all sessions, from the review index's rows (no session file is read here).

Sessions per week per round type, overrun per phase of each round type, WPM and filler rate
over time, self-scores and (apart) interviewers' scores per rubric dimension over time, and the
attempts of one prompt side by side.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from statistics import mean, median

from mockterm.core.review.index import ReviewRow
from mockterm.core.sessions.model import cut_phase
from mockterm.core.sessions.timer import overrun_seconds

Point = tuple[datetime, float]


def week_of(when: datetime) -> date:
    """The Monday of `when`'s week."""
    day = when.date()
    return day - timedelta(days=day.weekday())


def usable(rows: Iterable[ReviewRow], round_id: str | None = None) -> list[ReviewRow]:
    """Readable sessions (of one round type), oldest first; two started in the same second in
    the order of their folders' names (the later one's name has a `-2`)."""
    return sorted(
        (r for r in rows if not r.corrupt and (round_id is None or r.round_id == round_id)),
        key=lambda r: (r.started_at, r.folder),
    )


@dataclass(frozen=True)
class Overrun:
    """Time over plan (seconds, as shown) of one phase of one round type, or of whole mocks of
    one round type (`phase` ""). Only times that ran to their end count: see `overruns`."""

    round_id: str
    round_title: str
    phase: str
    sessions: int
    mean: float
    median: float
    worst: float
    share_over: float
    """Share of sessions where it ran over plan."""

    @property
    def label(self) -> str:
        return self.phase or self.round_title


@dataclass(frozen=True)
class Trends:
    sessions: int
    weeks: Sequence[tuple[date, Counter[str]]]
    """Sessions per week per round type, oldest week first (weeks with none included)."""
    overruns: Sequence[Overrun]
    """Per phase of each round type: round types by title, phases in plan order."""
    mock_overruns: Sequence[Overrun]
    """Per round type, of whole completed mocks."""
    cut_short: int
    """Mocks that did not run to their end (ended early, abandoned, interrupted): the phase
    they stopped in is left out of the overruns, and they are left out of `mock_overruns`."""
    wpm: Sequence[Point]
    fillers: Sequence[Point]
    """Fillers per minute of speaking (lower bounds)."""
    scores: dict[str, list[Point]] = field(default_factory=dict)
    """Self-review score per rubric dimension over time."""
    mean_score: Sequence[Point] = ()
    """Mean self-review score over time."""
    feedback: dict[str, list[Point]] = field(default_factory=dict)
    """The interviewer's score per rubric dimension over time (paired mocks), kept apart from
    the self-review: in a paired mock the one scored may be a friend."""

    def weekly(self, key: str) -> list[tuple[date, float]]:
        return [(w, float(c.get(key, 0))) for w, c in self.weeks]

    def overruns_of(self, round_id: str) -> list[Overrun]:
        return [o for o in self.overruns if o.round_id == round_id]


def _overrun(round_id: str, title: str, phase: str, values: Sequence[float]) -> Overrun:
    return Overrun(
        round_id,
        title,
        phase,
        len(values),
        mean(values),
        median(values),
        max(values),
        sum(v > 0 for v in values) / len(values),
    )


def overruns(rows: Sequence[ReviewRow]) -> tuple[list[Overrun], list[Overrun], int]:
    """Overruns per phase of each round type and per round type (whole mocks), and how many
    mocks did not run to their end. A phase skipped (0 s) is no overrun of minus its plan, and
    the phase a mock stopped in early is when it stopped, not how long the phase takes: both
    are left out, and a mock cut short counts in no whole-mock figure."""
    by_phase: dict[tuple[str, str], list[float]] = defaultdict(list)
    order: dict[tuple[str, str], int] = {}
    by_round: dict[str, list[float]] = defaultdict(list)
    titles: dict[str, str] = {}
    cut_short = 0
    for row in rows:
        titles.setdefault(row.round_id, row.round_title or row.round_id)
        cut = cut_phase([actual for _, _, actual in row.phases], row.status)
        if row.status != "completed":
            cut_short += 1
        else:
            by_round[row.round_id].append(row.overrun)
        for index, (name, planned, actual) in enumerate(row.phases):
            if actual > 0 and index != cut:
                key = (row.round_id, name)
                by_phase[key].append(overrun_seconds(actual, planned))
                order[key] = min(order.get(key, index), index)
    rounds = sorted(titles, key=lambda r: titles[r].lower())
    phases = [
        _overrun(round_id, titles[round_id], name, by_phase[(round_id, name)])
        for round_id in rounds
        for (rid, name) in sorted(by_phase, key=lambda k: order[k])
        if rid == round_id
    ]
    mocks = [_overrun(r, titles[r], "", by_round[r]) for r in rounds if by_round[r]]
    return phases, mocks, cut_short


def _by_dimension(rows: Sequence[ReviewRow], feedback: bool) -> dict[str, list[Point]]:
    scores: dict[str, list[Point]] = defaultdict(list)
    for row in rows:
        for name, score in (row.feedback_scores if feedback else row.scores).items():
            scores[name].append((row.started, float(score)))
    return dict(scores)


def trends(rows: Iterable[ReviewRow], round_id: str | None = None) -> Trends:
    chosen = usable(rows, round_id)
    weeks: list[tuple[date, Counter[str]]] = []
    if chosen:
        counts: dict[date, Counter[str]] = defaultdict(Counter)
        for row in chosen:
            counts[week_of(row.started)][row.round_id] += 1
        week, last = min(counts), max(counts)
        while week <= last:
            weeks.append((week, counts.get(week, Counter())))
            week += timedelta(days=7)
    phases, mocks, cut_short = overruns(chosen)
    return Trends(
        len(chosen),
        weeks,
        phases,
        mocks,
        cut_short,
        [(r.started, r.wpm) for r in chosen if r.wpm is not None],
        [(r.started, r.fillers_per_minute) for r in chosen if r.fillers_per_minute is not None],
        _by_dimension(chosen, feedback=False),
        [(r.started, r.score) for r in chosen if r.score is not None],
        _by_dimension(chosen, feedback=True),
    )


def weeks_shown(
    weeks: Sequence[tuple[date, Counter[str]]], today: date, at_least: int = 8, at_most: int = 12
) -> list[tuple[date, Counter[str]]]:
    """The weeks a chart of `weeks` shows: every week up to today's (the weeks since the last
    mock are empty, and show it), at least `at_least` of them, so that a first week of practice
    is one bar among weeks rather than the whole width, and at most the latest `at_most`."""
    if not weeks:
        return []
    counts = dict(weeks)
    last = max(weeks[-1][0], today - timedelta(days=today.weekday()))
    first = min(weeks[0][0], last - timedelta(weeks=at_least - 1))
    first = max(first, last - timedelta(weeks=at_most - 1))
    shown = []
    while first <= last:
        shown.append((first, counts.get(first, Counter())))
        first += timedelta(days=7)
    return shown


def attempts(rows: Iterable[ReviewRow], prompt_id: str) -> list[ReviewRow]:
    """Every readable session of one prompt, oldest first."""
    return [r for r in usable(rows) if r.prompt_id == prompt_id]


def recent_mean(points: Sequence[Point], n: int = 5) -> float | None:
    """Mean of the last `n` values."""
    tail = [v for _, v in points[-n:]]
    return sum(tail) / len(tail) if tail else None


def first_and_last(values: Sequence[float], n: int = 5) -> tuple[float | None, float]:
    """Means of the first and last `n` of `values` (oldest first, at least one), fewer when
    under 2n are there, so that no value is in both and a change is a change: with one value
    there is no first (None), only the last."""
    k = min(n, len(values) // 2)
    if k == 0:
        return None, values[-1]
    return mean(values[:k]), mean(values[-k:])
