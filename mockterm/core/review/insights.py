"""Everything the review shows about one mock, per phase and overall, put together."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from mockterm.core.audio.transcript import Transcript
from mockterm.core.review.key_points import KeyPointHit, Marker, key_points
from mockterm.core.review.speech import SpeechStats, speech_dict, speech_stats
from mockterm.core.review.timeline import (
    PhaseSpan,
    phase_at,
    phase_spans,
    recorded_window,
    transcript_lines,
)
from mockterm.core.sessions.model import Session, ticked
from mockterm.core.sessions.timer import overrun_seconds


@dataclass(frozen=True)
class PhaseInsights:
    span: PhaseSpan
    speech: SpeechStats | None
    hints: tuple[Marker, ...] = ()
    follow_ups: tuple[Marker, ...] = ()
    key_points: tuple[str, ...] = ()
    """Key points first said (or ticked) in this phase."""
    notes: int = 0

    @property
    def overrun(self) -> int:
        """Seconds over plan, as shown (`overrun_seconds`)."""
        return overrun_seconds(self.span.actual, self.span.planned)


@dataclass(frozen=True)
class Insights:
    """Everything the review shows about one mock."""

    phases: tuple[PhaseInsights, ...]
    overall: SpeechStats | None
    """None without a transcript."""
    key_points: tuple[KeyPointHit, ...]
    hints: tuple[Marker, ...]
    hints_available: int
    follow_ups: tuple[Marker, ...]
    follow_ups_available: int
    recorded: tuple[float, float] | None = None
    """The part of the mock the recording covers (session offsets)."""

    @property
    def covered(self) -> list[KeyPointHit]:
        return [k for k in self.key_points if k.covered]

    @property
    def missed(self) -> list[KeyPointHit]:
        return [k for k in self.key_points if k.missed]

    @property
    def assessed(self) -> bool:
        """Whether the key points not covered were missed, rather than not assessed."""
        return all(k.assessed for k in self.key_points)


def insights(
    session: Session, transcript: Transcript | None, *, per_phase: bool = True
) -> Insights:
    """Speech, key points, hints and follow-ups of a mock, per phase and overall (without
    `per_phase`, the phases carry no speech figures: the review list needs only the totals)."""
    spans = phase_spans(session)
    lines = transcript_lines(session, transcript)
    words = sorted([w for line in lines for w in line.words], key=itemgetter(0))  # by start
    window = recorded_window(session, transcript, lines)
    overall = None
    if window is not None:
        overall = speech_stats(lines, window[0], window[1], spans, top=5, words=words)
    hints = tuple(
        Marker(e.text, e.offset, phase_at(spans, e.offset))
        for e in session.events
        if e.kind == "hint"
    )
    follow_ups = tuple(
        Marker(text, at, phase_at(spans, at))
        for text, at in sorted(ticked(session.events, "follow_up").items(), key=lambda x: x[1])
    )
    points = key_points(session, lines, spans, heard=transcript is not None)
    phases = []
    for span in spans:
        stats = None
        if window is not None and per_phase:
            # only the recorded part of the phase counts as its window
            start, end = max(span.start, window[0]), min(span.end, window[1])
            stats = speech_stats(lines, start, max(end, start), spans, words=words)
        phases.append(
            PhaseInsights(
                span,
                stats,
                tuple(h for h in hints if h.phase == span.name),
                tuple(f for f in follow_ups if f.phase == span.name),
                tuple(k.text for k in points if k.covered and k.phase == span.name),
                sum(1 for e in session.notes if phase_at(spans, e.offset) == span.name),
            )
        )
    return Insights(
        tuple(phases),
        overall,
        tuple(points),
        hints,
        len(session.prompt_items("hints")),
        follow_ups,
        len(session.prompt_items("follow_ups")),
        window,
    )


def insights_dict(result: Insights) -> dict[str, Any]:
    """The insights as plain data (for JSON export)."""

    def markers(items: Iterable[Marker]) -> list[dict[str, Any]]:
        return [{"text": m.text, "at": m.at, "phase": m.phase} for m in items]

    return {
        "overall": speech_dict(result.overall),
        "recorded": list(result.recorded) if result.recorded else None,
        "phases": [
            {
                "name": p.span.name,
                "start": round(p.span.start, 3),
                "end": round(p.span.end, 3),
                "planned_seconds": round(p.span.planned, 3),
                "actual_seconds": round(p.span.actual, 3),
                "overrun_seconds": round(p.overrun, 3),
                "speech": speech_dict(p.speech),
                "hints": markers(p.hints),
                "follow_ups": markers(p.follow_ups),
                "key_points": list(p.key_points),
                "notes": p.notes,
            }
            for p in result.phases
        ],
        "key_points": [
            {
                "text": k.text,
                "covered": k.covered,
                "at": k.at,
                "phase": k.phase,
                "quote": k.quote,
                "score": k.score,
                "ticked": k.ticked,
                "ticked_after_the_mock": k.after,
                "assessed": k.assessed,
            }
            for k in result.key_points
        ],
        "hints": {"used": markers(result.hints), "available": result.hints_available},
        "follow_ups": {
            "asked": markers(result.follow_ups),
            "available": result.follow_ups_available,
        },
    }
