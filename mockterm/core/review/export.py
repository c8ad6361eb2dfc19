"""A saved mock as Markdown (to share or keep in notes) or JSON (for tools).

Both carry the same data: the prompt, planned vs actual time per phase, the insights, the
transcript by phase with notes, hints and follow-ups at their times, a coding mock's final code
and test runs, the self-review and the interviewer's feedback.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import Any

from mockterm.core.audio.transcript import (
    TRANSCRIPT_JSON,
    Transcript,
    TranscriptionError,
    read_transcript,
)
from mockterm.core.files import ForeignFile, atomic_write, check_ours
from mockterm.core.review.code import CodeReview, code_review
from mockterm.core.review.insights import Insights, insights, insights_dict
from mockterm.core.review.markdown import review_markdown
from mockterm.core.review.sections import review_sections
from mockterm.core.review.timeline import PhaseBlock, phase_spans, timeline
from mockterm.core.sessions.model import Session, SessionError
from mockterm.core.sessions.resume import session_end
from mockterm.core.sessions.session_file import read_session, to_dict
from mockterm.core.text import one_line, plain

FORMATS = ("md", "json")
EXPORT_NAME = "review"
"""Exports are written into the session folder as review.md / review.json."""


@dataclass(frozen=True)
class Review:
    """A session folder read for review: the session, its transcript (if any) and insights."""

    folder: Path
    session: Session
    transcript: Transcript | None
    transcript_problem: str = ""
    """Why a transcript that exists could not be read."""
    code: CodeReview | None = None
    """A coding mock's code: the final code, the code phase by phase, the test runs."""

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
    code = code_review(
        folder, session.extra.get("code"), phase_spans(session), session_end(session)
    )
    return Review(folder, session, transcript, problem, code)


def markdown(review: Review) -> str:
    return review_markdown(review_sections(review))


def _plain(value: Any) -> Any:
    # a table of a newer mockterm (kept as it was read) may hold any TOML value: a date, a
    # time, nan; JSON has none of them
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
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
        "code": code_dict(review.code),
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


def code_dict(code: CodeReview | None) -> dict[str, Any] | None:
    if code is None:
        return None
    return {
        "final": code.files,
        "saves": code.saves,
        "first_green": code.first_green,
        "levels_green": [{"level": n, "at": at} for n, at in code.levels_green],
        "runs": [
            {
                "at": run.offset,
                "passed": run.passed,
                "total": run.total,
                "failing": list(run.failing),
                "problem": run.problem or None,
            }
            for run in code.runs
        ],
        "phases": [
            {"label": m.label, "at": round(m.offset, 3), "code": m.files} for m in code.moments
        ],
    }


def render(review: Review, fmt: str) -> str:
    """The export as text, without control characters (JSON escapes C0 ones itself; `plain`
    takes the rest, a bidi override, say)."""
    if fmt == "md":
        return markdown(review)
    if fmt == "json":
        return plain(json.dumps(data(review), indent=1, ensure_ascii=False)) + "\n"
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


MARKS = {"md": "<!-- written by mockterm export", "json": '"export_version"'}
"""What marks a file an export wrote, near its top: `-o FILE` writes over no other file."""


def export_session(folder: Path, fmt: str, out: Path | None = None) -> Path:
    """Write the export and return its path: review.md / review.json in the session folder, or
    `out` (a file, or a folder to put review.md in). A file at `out` that is not an export is
    never written over; every problem is one SessionError line."""
    text = render(load_review(folder), fmt)
    name = f"{EXPORT_NAME}.{fmt}"
    path = folder / name if out is None else out / name if out.is_dir() else out
    if fmt == "md":
        text = (
            f"{MARKS['md']} of {one_line(folder.name)}: the next export here rewrites it -->\n"
            + text
        )
    try:
        if out is not None:
            check_ours(path, MARKS[fmt])
            if not path.parent.is_dir():
                raise SessionError(f"cannot write {path}: folder {path.parent} does not exist")
        atomic_write(path, text.encode("utf-8"))
    except ForeignFile as exc:
        raise SessionError(str(exc)) from None
    except OSError as exc:
        raise SessionError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path
