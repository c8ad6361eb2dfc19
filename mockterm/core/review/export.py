"""A saved mock as Markdown (to share or keep in notes) or JSON (for tools).

Both carry the same data: the prompt, planned vs actual time per phase, the insights, the
transcript by phase with notes, hints and follow-ups at their times, the self-review and the
interviewer's feedback.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from mockterm.core.audio.transcription import (
    TRANSCRIPT_JSON,
    Transcript,
    TranscriptionError,
    read_transcript,
)
from mockterm.core.files import atomic_write
from mockterm.core.review.grades import RECOMMENDATIONS, SCORE_LABELS
from mockterm.core.review.insights import Insights, insights, insights_dict
from mockterm.core.review.speech import SpeechStats
from mockterm.core.review.timeline import PhaseBlock, timeline
from mockterm.core.sessions.model import Session
from mockterm.core.sessions.session_file import read_session, to_dict
from mockterm.core.sessions.timer import format_clock, format_overrun

FORMATS = ("md", "json")
EXPORT_NAME = "review"
"""Exports are written into the session folder as review.md / review.json."""
EVENT_LABELS = {
    "note": "Note",
    "hint": "Hint",
    "follow_up": "Follow-up asked",
    "key_point": "Key point ticked",
    "checkpoint": "Checkpoint",
    "pause": "Paused",
    "resume": "Resumed",
}


@dataclass(frozen=True)
class Review:
    """A session folder read for review: the session, its transcript (if any) and insights."""

    folder: Path
    session: Session
    transcript: Transcript | None
    transcript_problem: str = ""
    """Why a transcript that exists could not be read."""

    @property
    def insights(self) -> Insights:
        return insights(self.session, self.transcript)

    @property
    def blocks(self) -> list[PhaseBlock]:
        return timeline(self.session, self.transcript)


def load_review(folder: Path) -> Review:
    """Read a session folder; SessionError when its session.toml cannot be read."""
    session = read_session(folder)
    transcript, problem = None, ""
    if (folder / TRANSCRIPT_JSON).exists():
        try:
            transcript = read_transcript(folder)
        except TranscriptionError as exc:
            problem = str(exc)
    return Review(folder, session, transcript, problem)


def speech_line(stats: SpeechStats) -> str:
    """One line of speech figures; fillers are marked as a lower bound (≥)."""
    return (
        f"{stats.words} words · {stats.wpm:.0f} WPM · fillers ≥ {stats.fillers} "
        f"(≥ {stats.fillers_per_minute:.1f}/min) · speaking {format_clock(stats.speaking_seconds)} "
        f"({stats.speaking_share:.0%}), silence {format_clock(stats.silence_seconds)}"
    )


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def markdown(review: Review) -> str:
    session, result = review.session, review.insights
    lines = [f"# {session.prompt.title}", ""]
    started = session.started_at.strftime("%Y-%m-%d %H:%M UTC")
    lines.append(
        f"{session.round_title} · {started} · {session.status.replace('_', ' ')} · "
        f"{format_clock(session.actual_seconds())} "
        f"(planned {format_clock(session.planned_seconds())})"
        + (f" · grade: {session.grade}" if session.grade else "")
    )
    lines += ["", "## Prompt", ""]
    lines += [f"> {line}".rstrip() for line in session.prompt.text.strip().splitlines()]

    if result.phases:
        lines += ["", "## Timeline", "", "| Phase | Planned | Actual | Over | WPM | Fillers ≥ |"]
        lines.append("|---|---|---|---|---|---|")
        for phase in result.phases:
            span, stats = phase.span, phase.speech
            lines.append(
                f"| {_cell(span.name)} | {format_clock(span.planned)} | "
                f"{format_clock(span.actual)} | "
                f"{format_overrun(phase.overrun)} | {f'{stats.wpm:.0f}' if stats else ''} | "
                f"{stats.fillers if stats else ''} |"
            )

    lines += ["", "## Insights", ""]
    if result.overall is None:
        reason = review.transcript_problem or "no transcript"
        lines.append(f"- Speech: {reason}; the figures below come from the events.")
    else:
        overall = result.overall
        lines.append(f"- Speech: {speech_line(overall)}")
        if overall.filler_counts:
            counts = ", ".join(f"{k} {v}" for k, v in overall.filler_counts.items())
            lines.append(f"- Fillers (lower bound: Whisper drops some): {counts}")
        if overall.pauses:
            pauses = ", ".join(
                f"{p.seconds:.0f} s at {format_clock(p.start)} ({p.phase})" for p in overall.pauses
            )
            lines.append(f"- Longest pauses: {pauses}")
    lines.append(f"- Hints used: {len(result.hints)} of {result.hints_available}")
    lines.append(f"- Follow-ups asked: {len(result.follow_ups)} of {result.follow_ups_available}")
    if result.key_points:
        lines += ["", f"### Key points ({len(result.covered)} of {len(result.key_points)})", ""]
        for point in result.key_points:
            if point.covered:
                how = "ticked" if point.ticked and not point.quote else "said"
                where = f"{how} at {format_clock(point.at)} ({point.phase})"
                quote = f': "{point.quote}"' if point.quote else ""
                lines.append(f"- [x] {point.text} — {where}{quote}")
            else:
                lines.append(f"- [ ] {point.text} — missed")

    lines += ["", "## Transcript by phase"]
    if review.transcript is None:
        lines += ["", f"*{review.transcript_problem or 'No transcript.'}*"]
    for block in review.blocks:
        span = block.span
        lines += [
            "",
            f"### {span.name or 'Mock'} ({format_clock(span.start)}–{format_clock(span.end)})",
            "",
        ]
        if not block.items:
            lines.append("*(nothing said or noted)*")
        for item in block.items:
            if item.kind == "speech":
                lines.append(f"- `{format_clock(item.offset)}` {item.text}")
            else:
                label = EVENT_LABELS.get(item.kind, item.kind)
                text = f": {item.text}" if item.text else ""
                lines.append(f"- `{format_clock(item.offset)}` **{label}**{text}")

    review_ = session.review
    if review_ is not None and (review_.scores or review_.went_well or review_.to_improve):
        lines += ["", "## Self-review", ""]
        for name, score in review_.scores.items():
            lines.append(f"- {name}: {score}/4 ({SCORE_LABELS.get(score, '')})")
        if review_.went_well:
            lines.append(f"- Went well: {review_.went_well}")
        if review_.to_improve:
            lines.append(f"- To improve: {review_.to_improve}")
    feedback = session.feedback
    if feedback is not None:
        lines += ["", "## Interviewer feedback", ""]
        if feedback.recommendation:
            label = RECOMMENDATIONS.get(feedback.recommendation, feedback.recommendation)
            lines.append(f"- Recommendation: {label}")
        for name, score in feedback.scores.items():
            lines.append(f"- {name}: {score}/4 ({SCORE_LABELS.get(score, '')})")
        if feedback.strengths:
            lines.append(f"- Strengths: {feedback.strengths}")
        if feedback.to_work_on:
            lines.append(f"- To work on: {feedback.to_work_on}")
    return "\n".join(lines) + "\n"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def data(review: Review) -> dict[str, Any]:
    """The export as plain data: the session file's content, insights, transcript by phase."""
    return {
        "export_version": 1,
        "folder": review.folder.name,
        "session": _plain(to_dict(review.session)),
        "insights": insights_dict(review.insights),
        "transcript": {
            "model": review.transcript.model if review.transcript else None,
            "problem": review.transcript_problem or None,
            "phases": [
                {
                    "name": block.span.name,
                    "start": round(block.span.start, 3),
                    "end": round(block.span.end, 3),
                    "items": [
                        {
                            "at": round(item.offset, 3),
                            "end": round(item.end, 3) if item.end is not None else None,
                            "kind": item.kind,
                            "text": item.text,
                        }
                        for item in block.items
                    ],
                }
                for block in review.blocks
            ],
        },
    }


def render(review: Review, fmt: str) -> str:
    if fmt == "md":
        return markdown(review)
    if fmt == "json":
        return json.dumps(data(review), indent=1, ensure_ascii=False) + "\n"
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


def export_session(folder: Path, fmt: str, out: Path | None = None) -> Path:
    """Write the export (default: review.md / review.json in the folder) and return its path."""
    text = render(load_review(folder), fmt)
    path = out or folder / f"{EXPORT_NAME}.{fmt}"
    atomic_write(path, text.encode("utf-8"))
    return path
