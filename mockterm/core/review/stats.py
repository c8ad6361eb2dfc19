"""Trends over all sessions, from the review index's rows (no session file is read here).

Sessions per week per round type, overrun per phase, WPM and filler rate over time, self-scores
per rubric dimension over time, and the attempts of one prompt side by side.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from statistics import mean, median

from mockterm.core.review.index import ReviewRow

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
class PhaseOverrun:
    phase: str
    sessions: int
    mean: float
    median: float
    worst: float
    share_over: float
    """Share of sessions where the phase ran over plan."""


@dataclass(frozen=True)
class Trends:
    sessions: int
    weeks: Sequence[tuple[date, Counter[str]]]
    """Sessions per week per round type, oldest week first (weeks with none included)."""
    overruns: Sequence[PhaseOverrun]
    wpm: Sequence[Point]
    fillers: Sequence[Point]
    """Fillers per minute of speaking (lower bounds)."""
    scores: dict[str, list[Point]] = field(default_factory=dict)
    """Self-review score per rubric dimension over time."""
    mean_score: Sequence[Point] = ()

    def weekly(self, key: str) -> list[tuple[date, float]]:
        return [(w, float(c.get(key, 0))) for w, c in self.weeks]


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
    by_phase: dict[str, list[float]] = defaultdict(list)
    for row in chosen:
        for name, planned, actual in row.phases:
            if actual > 0:
                by_phase[name].append(actual - planned)
    overruns = [
        PhaseOverrun(
            name,
            len(values),
            mean(values),
            median(values),
            max(values),
            sum(v > 0 for v in values) / len(values),
        )
        for name, values in sorted(by_phase.items(), key=lambda kv: -mean(kv[1]))
    ]
    scores: dict[str, list[Point]] = defaultdict(list)
    for row in chosen:
        for name, score in row.scores.items():
            scores[name].append((row.started, float(score)))
    return Trends(
        len(chosen),
        weeks,
        overruns,
        [(r.started, r.wpm) for r in chosen if r.wpm is not None],
        [(r.started, r.fillers_per_minute) for r in chosen if r.fillers_per_minute is not None],
        dict(scores),
        [(r.started, r.score) for r in chosen if r.score is not None],
    )


def attempts(rows: Iterable[ReviewRow], prompt_id: str) -> list[ReviewRow]:
    """Every readable session of one prompt, oldest first."""
    return [r for r in usable(rows) if r.prompt_id == prompt_id]


def recent_mean(points: Sequence[Point], n: int = 5) -> float | None:
    """Mean of the last `n` values."""
    tail = [v for _, v in points[-n:]]
    return sum(tail) / len(tail) if tail else None
