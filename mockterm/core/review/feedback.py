"""Paired mocks: the `feedback.md` sent to the candidate."""

from __future__ import annotations

from pathlib import Path

from mockterm.core.files import atomic_write
from mockterm.core.review.grades import RECOMMENDATIONS, SCORE_LABELS
from mockterm.core.sessions.model import Feedback, Session, ticked
from mockterm.core.sessions.store import update_session
from mockterm.core.sessions.timer import format_clock

FEEDBACK_FILE = "feedback.md"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _checklist(items: list[str], done: dict[str, float], at: str) -> list[str]:
    lines = []
    for item in items:
        if item in done:
            lines.append(f"- [x] {item} ({at} {format_clock(done[item])})")
        else:
            lines.append(f"- [ ] {item}")
    return lines


def feedback_markdown(session: Session) -> str:
    """The feedback for the candidate: scores, recommendation, words, then what happened."""
    feedback = session.feedback
    lines = [f"# Mock interview feedback: {session.prompt.title}", ""]
    started = session.started_at.strftime("%Y-%m-%d %H:%M UTC")
    lines.append(
        f"{session.round_title} · {started} · {format_clock(session.actual_seconds())} "
        f"(planned {format_clock(session.planned_seconds())})"
    )
    if feedback is not None and feedback.recommendation:
        label = RECOMMENDATIONS.get(feedback.recommendation, feedback.recommendation)
        lines += ["", f"**Recommendation: {label}**"]

    if session.rubric:
        scores = dict(feedback.scores) if feedback is not None else {}
        lines += ["", "## Scores", "", "| Dimension | Score | What good looks like |"]
        lines.append("|---|---|---|")
        for item in session.rubric:
            score = scores.get(item.name)
            shown = f"{score}/4 ({SCORE_LABELS.get(score, '')})" if score else "not scored"
            lines.append(f"| {_cell(item.name)} | {shown} | {_cell(item.good)} |")
        if scores:
            mean = sum(scores.values()) / len(scores)
            lines += ["", f"Average: {mean:.1f} / 4"]

    if feedback is not None and feedback.strengths.strip():
        lines += ["", "## Strengths", "", feedback.strengths.strip()]
    if feedback is not None and feedback.to_work_on.strip():
        lines += ["", "## To work on", "", feedback.to_work_on.strip()]

    lines += ["", "## The prompt", ""]
    for prompt in session.prompts:
        if len(session.prompts) > 1:
            lines.append(f"### {prompt.title}")
            lines.append("")
        lines += [f"> {line}".rstrip() for line in prompt.text.strip().splitlines()]
        lines.append("")
    lines.pop()

    follow_ups = session.prompt_items("follow_ups")
    if follow_ups:
        lines += ["", "## Follow-ups", ""]
        lines += _checklist(follow_ups, ticked(session.events, "follow_up"), "asked at")
    key_points = session.prompt_items("key_points")
    if key_points:
        covered = ticked(session.events, "key_point")
        lines += ["", f"## Key points ({len(covered)} of {len(key_points)} covered)", ""]
        lines += _checklist(key_points, covered, "covered at")
    hints = [e for e in session.events if e.kind == "hint"]
    if hints:
        lines += ["", "## Hints given", ""]
        lines += [f"{i}. {e.text} (at {format_clock(e.offset)})" for i, e in enumerate(hints, 1)]
    if session.notes:
        lines += ["", "## Interviewer notes", ""]
        lines += [
            f"- {format_clock(n.offset)}{f' ({n.phase})' if n.phase else ''}: {n.text}"
            for n in session.notes
        ]
    if session.phases:
        lines += ["", "## Time per phase", "", "| Phase | Planned | Actual |", "|---|---|---|"]
        for phase in session.phases:
            actual = format_clock(phase.actual_seconds) if phase.actual_seconds else "skipped"
            lines.append(
                f"| {_cell(phase.name)} | {format_clock(phase.planned_seconds)} | {actual} |"
            )
    return "\n".join(lines) + "\n"


def write_feedback(folder: Path, session: Session) -> Path:
    """Write `feedback.md` into the session folder (atomically) and return its path."""
    path = folder / FEEDBACK_FILE
    atomic_write(path, feedback_markdown(session).encode("utf-8"))
    return path


def edit_feedback(folder: Path, feedback: Feedback) -> Session:
    """Save edited interviewer feedback of a past paired mock; feedback.md follows the edit."""
    session = update_session(folder, feedback=feedback)
    write_feedback(folder, session)
    return session
