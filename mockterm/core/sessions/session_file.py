"""`session.toml`: the session model to TOML and back, read and written atomically.

It is rewritten whole (temp file, fsync, rename) on every event, so a crash leaves either the
previous or the next version, never half.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from mockterm.core.bank import ChainStep, Prompt, RubricItem
from mockterm.core.files import TomlError, atomic_write, parse_toml
from mockterm.core.sessions.model import (
    FORMAT_VERSION,
    STATUSES,
    Event,
    Feedback,
    PhaseRecord,
    SelfReview,
    Session,
    SessionError,
)

SESSION_FILE = "session.toml"

_PROMPT_FIELDS = (
    "id",
    "title",
    "text",
    "difficulty",
    "tags",
    "follow_ups",
    "hints",
    "key_points",
    "answer",
    "levels",
    "note",
)


def to_dict(session: Session) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format_version": session.format_version,
        "app_version": session.app_version,
        "id": session.id,
        "status": session.status,
        "mode": session.mode,
        "round": session.round_id,
        "round_title": session.round_title,
        "started_at": session.started_at,
    }
    if session.ended_at is not None:
        data["ended_at"] = session.ended_at
    if session.grade is not None:
        data["grade"] = session.grade
    data["last_seen"] = round(session.last_seen, 3)
    data["prompt"] = _prompt_dict(session.prompt)
    if session.questions:
        data["questions"] = [
            {
                **_prompt_dict(q),
                **(
                    {"grade": session.question_grades[q.id]}
                    if q.id in session.question_grades
                    else {}
                ),
            }
            for q in session.questions
        ]
    if session.rubric:
        data["rubric"] = [{"name": r.name, "good": r.good} for r in session.rubric]
    data["phases"] = [
        {
            "name": p.name,
            "planned_seconds": round(p.planned_seconds, 3),
            "actual_seconds": round(p.actual_seconds, 3),
        }
        for p in session.phases
    ]
    data["events"] = [_event_dict(e) for e in session.events]
    if session.review is not None:
        data["review"] = {
            "scores": dict(session.review.scores),
            "went_well": session.review.went_well,
            "to_improve": session.review.to_improve,
        }
    if session.feedback is not None:
        data["feedback"] = {
            "scores": dict(session.feedback.scores),
            "recommendation": session.feedback.recommendation,
            "strengths": session.feedback.strengths,
            "to_work_on": session.feedback.to_work_on,
        }
    if session.paired_with:
        data["paired_with"] = list(session.paired_with)
    for key, value in session.extra.items():
        data.setdefault(key, value)
    return data


def _prompt_dict(prompt: Prompt) -> dict[str, Any]:
    data = {name: _plain(getattr(prompt, name)) for name in _PROMPT_FIELDS}
    data["chain"] = [{"ask": s.ask, "answer": s.answer} for s in prompt.chain]
    return {k: v for k, v in data.items() if v not in ("", [], ())}


def _prompt(data: Mapping[str, Any], round_id: str) -> Prompt:
    return Prompt(
        id=str(data["id"]),
        round_id=round_id,
        title=str(data.get("title", "")),
        text=str(data.get("text", "")),
        difficulty=str(data.get("difficulty", "medium")),
        tags=_texts(data.get("tags", ()), "tags"),
        follow_ups=_texts(data.get("follow_ups", ()), "follow_ups"),
        hints=_texts(data.get("hints", ()), "hints"),
        key_points=_texts(data.get("key_points", ()), "key_points"),
        answer=str(data.get("answer", "")),
        levels=_texts(data.get("levels", ()), "levels"),
        note=str(data.get("note", "")),
        chain=tuple(
            ChainStep(str(s["ask"]), str(s.get("answer", ""))) for s in data.get("chain", ())
        ),
    )


def _texts(value: Any, name: str) -> tuple[str, ...]:
    """A list of strings (tags, hints...); what reads them takes each as text."""
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise SessionError(f"prompt.{name}: must be a list of strings")
    return tuple(value)


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _event_dict(event: Event) -> dict[str, Any]:
    out: dict[str, Any] = {"offset": round(event.offset, 3), "kind": event.kind}
    if event.phase:
        out["phase"] = event.phase
    if event.text:
        out["text"] = event.text
    if event.value is not None:
        out["value"] = round(event.value, 3)
    return out


_KNOWN_KEYS = {
    "format_version",
    "app_version",
    "id",
    "status",
    "mode",
    "round",
    "round_title",
    "started_at",
    "ended_at",
    "grade",
    "last_seen",
    "prompt",
    "rubric",
    "phases",
    "events",
    "review",
    "questions",
    "feedback",
    "paired_with",
}


def from_dict(data: Mapping[str, Any]) -> Session:
    """Build a Session from parsed TOML; raises SessionError naming the first bad field."""
    try:
        round_id = str(data["round"])
        prompt = _prompt(data["prompt"], round_id)
        question_data = list(data.get("questions", []))
        questions = tuple(_prompt(q, round_id) for q in question_data)
        grades = {str(q["id"]): str(q["grade"]) for q in question_data if "grade" in q}
        status = str(data["status"])
        if status not in STATUSES:
            raise SessionError(f"status {status!r} is not one of {', '.join(STATUSES)}")
        review = None
        if "review" in data:
            r = data["review"]
            review = SelfReview(
                {str(k): int(v) for k, v in dict(r.get("scores", {})).items()},
                str(r.get("went_well", "")),
                str(r.get("to_improve", "")),
            )
        feedback = None
        if "feedback" in data:
            f = data["feedback"]
            feedback = Feedback(
                {str(k): int(v) for k, v in dict(f.get("scores", {})).items()},
                str(f.get("recommendation", "")),
                str(f.get("strengths", "")),
                str(f.get("to_work_on", "")),
            )
        return Session(
            id=str(data["id"]),
            round_id=str(data["round"]),
            round_title=str(data.get("round_title", data["round"])),
            prompt=prompt,
            started_at=_datetime(data["started_at"]),
            mode=str(data.get("mode", "solo")),
            status=status,
            ended_at=_datetime(data["ended_at"]) if "ended_at" in data else None,
            rubric=tuple(
                RubricItem(str(r["name"]), str(r.get("good", ""))) for r in data.get("rubric", [])
            ),
            phases=tuple(
                PhaseRecord(
                    str(p["name"]),
                    seconds(p["planned_seconds"], "planned_seconds"),
                    seconds(p.get("actual_seconds", 0.0), "actual_seconds"),
                )
                for p in data.get("phases", [])
            ),
            events=tuple(
                Event(
                    seconds(e["offset"], "events.offset"),
                    str(e["kind"]),
                    str(e.get("phase", "")),
                    str(e.get("text", "")),
                    finite(e["value"], "events.value") if "value" in e else None,
                )
                for e in data.get("events", [])
            ),
            review=review,
            questions=questions,
            question_grades=grades,
            grade=str(data["grade"]) if "grade" in data else None,
            last_seen=seconds(data.get("last_seen", 0.0), "last_seen"),
            feedback=feedback,
            paired_with=tuple(str(i) for i in data.get("paired_with", ())),
            app_version=str(data.get("app_version", "")),
            format_version=int(data.get("format_version", FORMAT_VERSION)),
            extra={k: v for k, v in data.items() if k not in _KNOWN_KEYS},
        )
    except SessionError:
        raise
    except KeyError as exc:
        raise SessionError(f"missing field {exc.args[0]!r}") from None
    except (TypeError, ValueError, AttributeError, OverflowError) as exc:
        raise SessionError(f"malformed field: {exc}") from None


LONGEST_MOCK = 7 * 24 * 3600.0
"""No offset in a session is later than this (a week): larger ones are damage, not time."""
EARLIEST, LATEST = 2000, 2200
"""Years a session's dates may fall in: outside them the date is damaged."""


def finite(value: Any, name: str) -> float:
    """`value` as a finite number; SessionError naming the field when it is not one."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise SessionError(f"{name}: {value!r} is not a number")
    try:
        number = float(value)
    except OverflowError:  # an integer of hundreds of digits
        raise SessionError(f"{name}: {value!r:.40} is not a finite number") from None
    if not math.isfinite(number):
        raise SessionError(f"{name}: {value!r} is not a finite number")
    return number


def seconds(value: Any, name: str) -> float:
    """`value` as seconds into a mock: finite, not negative, not past LONGEST_MOCK."""
    number = finite(value, name)
    if not 0 <= number <= LONGEST_MOCK:
        raise SessionError(f"{name}: {number:g} seconds is not a plausible time in a mock")
    return number


def _datetime(value: Any) -> datetime:
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    elif isinstance(value, str):
        moment = datetime.fromisoformat(value)
        moment = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    else:
        raise SessionError(f"{value!r} is not a date-time")
    if not EARLIEST <= moment.year < LATEST:
        raise SessionError(f"{moment:%Y-%m-%d} is not a plausible date for a mock")
    return moment


def write_session(folder: Path, session: Session) -> None:
    import tomli_w

    try:
        atomic_write(folder / SESSION_FILE, tomli_w.dumps(to_dict(session)).encode("utf-8"))
    except OSError as exc:
        raise SessionError(f"cannot write {folder / SESSION_FILE}: {exc.strerror or exc}") from exc


def read_session(folder: Path) -> Session:
    path = folder / SESSION_FILE
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SessionError(f"{path} is missing") from None
    except OSError as exc:
        raise SessionError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        return from_dict(parse_toml(raw, path))
    except TomlError as exc:
        raise SessionError(str(exc)) from None
