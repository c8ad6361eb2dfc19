"""The review sections drawn as Markdown: the export of a saved mock (review.md) and the feedback
sent to the candidate of a paired mock (feedback.md)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from mockterm.core.review.code import CodeReview
from mockterm.core.review.sections import (
    Check,
    FeedbackSection,
    Heading,
    Plan,
    Record,
    ReviewSections,
    ScoreRow,
    SelfReviewSection,
    feedback,
    heading,
    plan,
    record,
    score_rows,
)
from mockterm.core.sessions.model import Session
from mockterm.core.sessions.timer import format_clock, format_overrun
from mockterm.core.text import plain


def _cell(text: str) -> str:
    """Text for a table cell: one line, and its pipes escaped."""
    return " ".join(text.split()).replace("|", "\\|")


def _quote(text: str) -> list[str]:
    return [f"> {line}".rstrip() for line in text.strip().splitlines()]


def _started(head: Heading) -> str:
    return head.started.strftime("%Y-%m-%d %H:%M UTC")


def _score(row: ScoreRow) -> str:
    return f"{row.score}/4 ({row.label})"


# --- review.md ----------------------------------------------------------------------------------


def review_markdown(sections: ReviewSections) -> str:
    """A saved mock for sharing or notes: the prompt, the time line, the insights, the
    transcript by phase, the self-review and the interviewer's feedback. The user's words stay
    as they are, Markdown and all; control characters do not (`plain`)."""
    head = sections.heading
    lines = [f"# {head.title}", ""]
    lines.append(
        f"{head.round_title} · {_started(head)} · {head.status} · {format_clock(head.actual)} "
        f"(planned {format_clock(head.planned)})"
        + (f" · grade: {head.grade}" if head.grade else "")
    )
    lines += ["", "## Prompt", "", *_quote(sections.prompt_text)]
    lines += _timeline(sections)
    lines += _insights(sections)
    if sections.code is not None:
        lines += _code(sections.code)
    lines += _transcript(sections)
    lines += _self_review(sections.self_review)
    if sections.feedback is not None:
        lines += _feedback_list(sections.feedback)
    return plain("\n".join(lines)) + "\n"


def _timeline(sections: ReviewSections) -> list[str]:
    if not sections.timeline:
        return []
    lines = ["", "## Timeline", "", "| Phase | Planned | Actual | Over | WPM | Fillers ≥ |"]
    lines.append("|---|---|---|---|---|---|")
    for phase in sections.timeline:
        span, stats = phase.span, phase.speech
        lines.append(
            f"| {_cell(span.name)} | {format_clock(span.planned)} | "
            f"{format_clock(span.actual)} | "
            f"{'stopped' if span.name == sections.stopped_in else format_overrun(phase.overrun)} | "
            f"{f'{stats.wpm:.0f}' if stats else ''} | "
            f"{stats.fillers if stats else ''} |"
        )
    return lines


def _insights(sections: ReviewSections) -> list[str]:
    lines = ["", "## Insights", ""]
    speech = sections.speech
    if speech.summary is None:
        reason = sections.transcript_problem or "no transcript"
        lines.append(f"- Speech: {reason}; the figures below come from the events.")
    else:
        lines.append(f"- Speech: {speech.summary}")
        if speech.fillers:
            lines.append(f"- Fillers (lower bound: Whisper drops some): {speech.fillers}")
        if speech.pauses:
            lines.append(f"- Longest pauses: {speech.pauses}")
    hints = sections.hints
    lines.append(f"- Hints used: {len(hints.used)} of {hints.available}")
    lines.append(f"- Follow-ups: {sections.follow_ups_summary}")
    if sections.key_points:
        lines += ["", f"### Key points ({sections.key_points_summary})", ""]
        for point in sections.key_points:
            if point.covered and point.at is None:
                lines.append(f"- [x] {point.text} — ticked after the mock")
            elif point.covered:
                how = "ticked" if point.ticked and not point.quote else "said"
                where = f"{how} at {format_clock(point.at)} ({point.phase})"
                quote = f': "{point.quote}"' if point.quote else ""
                lines.append(f"- [x] {point.text} — {where}{quote}")
            else:
                lines.append(f"- [ ] {point.text} — {'missed' if point.missed else 'not assessed'}")
    return lines


def _code(code: CodeReview) -> list[str]:
    """The final code and the test runs (the phase-by-phase code is in the JSON export)."""
    lines = ["", "## Code", ""]
    last = code.last_run
    summary = f"{code.saves} saves, {len(code.runs)} test runs"
    if last is not None:
        summary += f"; last run {last.passed}/{last.total}"
    if code.first_green is not None:
        summary += f"; all green first at {format_clock(code.first_green)}"
    lines.append(summary)
    for level, at in code.levels_green:
        lines.append(f"- Level {level} green at {format_clock(at)}")
    if code.runs:
        lines += ["", "| At | Passed | Failing |", "|---|---|---|"]
        for run in code.runs:
            failing = run.problem or ", ".join(run.failing)
            lines.append(
                f"| {format_clock(run.offset)} | {run.passed}/{run.total} | {_cell(failing)} |"
            )
    fence = "````" if "```" in code.final else "```"
    lines += ["", "### Final code", "", f"{fence}python", code.final.rstrip("\n"), fence]
    return lines


def _transcript(sections: ReviewSections) -> list[str]:
    lines = ["", "## Transcript by phase"]
    if sections.transcript_problem is not None:
        lines += ["", f"*{sections.transcript_problem or 'No transcript.'}*"]
    for phase in sections.transcript:
        span = phase.span
        lines += [
            "",
            f"### {span.name or 'Mock'} ({format_clock(span.start)}–{format_clock(span.end)})",
            "",
        ]
        # the silences are for the screen, where a line plays the recording from there
        said = [line for line in phase.lines if line.kind != "silence"]
        if not said:
            lines.append("*(nothing said or noted)*")
        for line in said:
            stamp = f"`{format_clock(line.offset)}`"
            if line.kind == "speech":
                lines.append(f"- {stamp} {line.text}")
            else:
                text = f": {line.text}" if line.text else ""
                lines.append(f"- {stamp} **{line.label}**{text}")
    return lines


def _labelled(pairs: Iterable[tuple[str, str]]) -> list[str]:
    """A list item `- label: value` for each pair with a value."""
    return [f"- {label}: {value}" for label, value in pairs if value]


def _self_review(review: SelfReviewSection) -> list[str]:
    if not review.written:
        return []
    return [
        "",
        "## Self-review",
        "",
        *_labelled((row.name, _score(row)) for row in review.given),
        *_labelled([("Went well", review.went_well), ("To improve", review.to_improve)]),
    ]


def _feedback_list(given: FeedbackSection) -> list[str]:
    return [
        "",
        "## Interviewer feedback",
        "",
        *_labelled([("Recommendation", given.recommendation)]),
        *_labelled((row.name, _score(row)) for row in given.given),
        *_labelled([("Strengths", given.strengths), ("To work on", given.to_work_on)]),
    ]


# --- feedback.md --------------------------------------------------------------------------------


def feedback_markdown(session: Session) -> str:
    """The feedback for the candidate: scores, recommendation, words, then what happened."""
    head, given = heading(session), feedback(session)
    lines = [f"# Mock interview feedback: {head.title}", ""]
    lines.append(
        f"{head.round_title} · {_started(head)} · {format_clock(head.actual)} "
        f"(planned {format_clock(head.planned)})"
    )
    if given is not None and given.recommendation:
        lines += ["", f"**Recommendation: {given.recommendation}**"]
    lines += _scores_table(given.scores if given else score_rows(session.rubric, {}), given)
    for title, words in (
        ("Strengths", given.strengths if given else ""),
        ("To work on", given.to_work_on if given else ""),
    ):
        if words.strip():
            lines += ["", f"## {title}", "", words.strip()]
    lines += ["", "## The prompt"]
    for prompt in session.prompts:
        lines.append("")
        if len(session.prompts) > 1:
            lines += [f"### {prompt.title}", ""]
        lines += _quote(prompt.text)
    lines += _record(record(session))
    lines += _plan(plan(session))
    return plain("\n".join(lines)) + "\n"


def _scores_table(rows: Sequence[ScoreRow], given: FeedbackSection | None) -> list[str]:
    if not rows:
        return []
    lines = ["", "## Scores", "", "| Dimension | Score | What good looks like |", "|---|---|---|"]
    for row in rows:
        shown = _score(row) if row.score else "not scored"
        lines.append(f"| {_cell(row.name)} | {shown} | {_cell(row.good)} |")
    average = given.average if given else None
    if average is not None:
        lines += ["", f"Average: {average:.1f} / 4"]
    return lines


def _checklist(checks: Sequence[Check], at: str) -> list[str]:
    return [
        f"- [x] {check.text} ({at} {format_clock(check.at)})"
        if check.at is not None
        else f"- [ ] {check.text}"
        for check in checks
    ]


def _record(marked: Record) -> list[str]:
    lines = []
    if marked.follow_ups:
        lines += ["", "## Follow-ups", "", *_checklist(marked.follow_ups, "asked at")]
    if marked.key_points:
        covered = f"{Record.done(marked.key_points)} of {len(marked.key_points)} covered"
        lines += ["", f"## Key points ({covered})", ""]
        lines += _checklist(marked.key_points, "covered at")
    if marked.hints:
        lines += ["", "## Hints given", ""]
        lines += [
            f"{i}. {hint.text} (at {format_clock(hint.at)})"
            for i, hint in enumerate(marked.hints, 1)
        ]
    if marked.notes:
        lines += ["", "## Interviewer notes", ""]
        lines += [
            f"- {format_clock(n.at)}{f' ({n.phase})' if n.phase else ''}: {n.text}"
            for n in marked.notes
        ]
    return lines


def _plan(phases: Plan) -> list[str]:
    if not phases.rows:
        return []
    lines = ["", "## Time per phase", "", "| Phase | Planned | Actual |", "|---|---|---|"]
    for row in phases.rows:
        actual = format_clock(row.actual) if row.actual else "skipped"
        if row.stopped:
            actual += " (the mock stopped here)"
        lines.append(f"| {_cell(row.phase)} | {format_clock(row.planned)} | {actual} |")
    return lines
