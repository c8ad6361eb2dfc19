"""The review sections drawn with Rich for the screens (their Markdown twin is
`core/review/markdown.py`). Words from a bank or a session file go in as Text, never as markup."""

from __future__ import annotations

from pathlib import Path

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from mockterm.core.review.sections import (
    Heading,
    Plan,
    Record,
    ReviewSections,
    TranscriptLine,
)
from mockterm.core.sessions.timer import format_clock, format_overrun, overrun_seconds

EVENT_MARKS = {
    "note": "✎",
    "hint": "?",
    "follow_up": "↪",
    "key_point": "✓",
    "checkpoint": "⏱",
    "pause": "⏸",
    "resume": "▶",
    "silence": "…",
}


def title(head: Heading) -> Text:
    """The session detail's title line."""
    text = Text.assemble(
        (head.title, "bold"),
        f"  {head.round_title} · {head.started:%Y-%m-%d %H:%M} UTC · ",
        head.status,
        f" · {format_clock(head.actual)} of {format_clock(head.planned)}",
    )
    if head.grade:
        text.append(f" · {head.grade_label}")
    return text


def plan_table(plan: Plan) -> Table:
    """Every phase planned vs actual, over or under (red past 30 s), and the totals."""
    table = Table(title="Planned vs actual", title_justify="left", expand=False, show_edge=False)
    table.add_column("phase")
    table.add_column("planned", justify="right")
    table.add_column("actual", justify="right")
    table.add_column("", justify="right")
    for row in plan.rows:
        diff = overrun_seconds(row.actual, row.planned)
        style = "red" if diff > 30 else "green" if row.actual else "dim"
        over = Text(format_overrun(diff), style=style)
        if row.stopped:
            over = Text("stopped", "dim")
        elif not row.actual:
            over = Text("skipped", "dim")
        table.add_row(Text(row.phase), format_clock(row.planned), format_clock(row.actual), over)
    table.add_row(
        Text("total", style="bold"), format_clock(plan.planned), format_clock(plan.actual), ""
    )
    return table


def record_summary(plan: Plan, marked: Record) -> str:
    """A paired mock in one line: time, follow-ups asked, key points covered, hints, notes."""
    follow_ups, key_points = marked.follow_ups, marked.key_points
    return (
        f"{format_clock(plan.actual)} of {format_clock(plan.planned)}"
        f" · follow-ups asked {Record.done(follow_ups)}/{len(follow_ups)}"
        f" · key points covered {Record.done(key_points)}/{len(key_points)}"
        f" · hints {len(marked.hints)} · notes {len(marked.notes)}"
    )


def _timeline(sections: ReviewSections) -> Table:
    table = Table(title="Planned vs actual", title_justify="left", show_edge=False)
    for name, justify in (
        ("phase", "left"),
        ("plan", "right"),
        ("actual", "right"),
        ("over", "right"),
        ("WPM", "right"),
        ("fillers≥", "right"),
        ("talk", "right"),
    ):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for phase in sections.timeline:
        stats = phase.speech
        over = phase.overrun
        shown = Text(format_overrun(over), "red" if over > 30 else "green" if over <= 0 else "")
        if phase.span.name == sections.stopped_in:
            shown = Text("stopped", "dim")
        table.add_row(
            Text(phase.span.name),
            format_clock(phase.span.planned),
            format_clock(phase.span.actual),
            shown,
            f"{stats.wpm:.0f}" if stats and stats.words else "",
            str(stats.fillers) if stats else "",
            f"{stats.speaking_share:.0%}" if stats else "",
        )
    return table


def insights(sections: ReviewSections) -> RenderableType:
    """The Insights tab: the time line, the speech figures, hints, follow-ups, key points."""
    parts: list[RenderableType] = [_timeline(sections), Text("")]
    speech = sections.speech
    if speech.summary is None:
        parts.append(Text("Speech: no transcript, so no speech figures.", "dim"))
    else:
        parts.append(Text.assemble(("Speech  ", "bold"), speech.summary))
        if speech.fillers:
            parts.append(
                Text.assemble(
                    ("Fillers ", "bold"),
                    speech.fillers,
                    ("  (lower bound: Whisper drops some)", "dim"),
                )
            )
        if speech.pauses:
            parts.append(Text.assemble(("Pauses  ", "bold"), speech.pauses))
    hints, follow_ups = sections.hints, sections.follow_ups
    for heading, summary, used in (
        ("Hints   ", f"{len(hints.used)} of {hints.available} used", hints.used),
        ("Follow-ups ", sections.follow_ups_summary, follow_ups.used),
    ):
        parts.append(
            Text.assemble(
                (heading, "bold"),
                summary,
                "".join(f" · {format_clock(m.at)} {m.text}" for m in used),
            )
        )
    if sections.key_points:
        parts += [Text(""), Text(f"Key points: {sections.key_points_summary}", "bold")]
        for point in sections.key_points:
            if point.covered and point.at is None:
                parts.append(
                    Text.assemble(("✓ ", "green"), point.text, ("  ticked after the mock", "dim"))
                )
            elif point.covered:
                where = f"  {format_clock(point.at)} {point.phase}"
                quote = f' "{point.quote}"' if point.quote else " (ticked)"
                parts.append(Text.assemble(("✓ ", "green"), point.text, (where + quote, "dim")))
            elif point.missed:
                parts.append(Text.assemble(("✗ ", "red"), point.text, ("  missed", "dim")))
            else:
                parts.append(Text.assemble(("· ", "dim"), point.text, ("  not assessed", "dim")))
    return Group(*parts)


def reviews(sections: ReviewSections, folder: Path) -> RenderableType:
    """The Review tab: the self-review, the interviewer's feedback, and the folder. A paired
    mock nobody self-reviewed shows the feedback alone, not an empty self-review."""
    review = sections.self_review
    parts: list[RenderableType] = []
    if not sections.paired or review.written or review.grade:
        parts += _self_review(sections)
    given = sections.feedback
    if parts and (given is not None or sections.paired):
        parts.append(Text(""))
    if given is not None:
        parts.append(Text("Interviewer feedback (e edits)", "bold"))
        if given.recommendation:
            parts.append(Text(f"  Recommendation: {given.recommendation}"))
        parts += [Text(f"  {row.name}: {row.score}/4 {row.label}") for row in given.given]
        if given.strengths:
            parts.append(Text(f"  Strengths: {given.strengths}"))
        if given.to_work_on:
            parts.append(Text(f"  To work on: {given.to_work_on}"))
    elif sections.paired:
        parts += [Text("Interviewer feedback: none saved yet (e writes it)", "bold")]
    parts += [Text(""), Text(f"Folder: {folder}", "dim")]
    return Group(*parts)


def _self_review(sections: ReviewSections) -> list[RenderableType]:
    review = sections.self_review
    heading = "Self-review" if sections.paired else "Self-review (e edits)"
    parts: list[RenderableType] = [Text(heading, "bold")]
    for row in review.scores:
        shown = f"{row.score}/4 {row.label}" if row.score else "not scored"
        parts.append(Text.assemble(f"  {row.name}: ", (shown, "bold" if row.score else "dim")))
    if review.went_well:
        parts.append(Text(f"  Went well: {review.went_well}"))
    if review.to_improve:
        parts.append(Text(f"  To improve: {review.to_improve}"))
    parts.append(Text(f"  Grade: {review.grade or 'not graded'}"))
    return parts


def transcript(sections: ReviewSections) -> list[tuple[Text, TranscriptLine | None]]:
    """The transcript tab's rows: a header per phase (no line: it does not play), then each
    line said, event and silence at its time."""
    rows: list[tuple[Text, TranscriptLine | None]] = []
    for phase in sections.transcript:
        span = phase.span
        header = Text.assemble(
            ("── ", "dim"),
            (span.name or "Mock", "bold"),
            (
                f" · {format_clock(span.start)}–{format_clock(span.end)} · "
                f"{format_clock(span.actual)} of {format_clock(span.planned)} "
                f"({format_overrun(overrun_seconds(span.actual, span.planned))}) ──",
                "dim",
            ),
        )
        rows.append((header, None))
        if not phase.lines:
            rows.append((Text("   (nothing said or noted)", "dim"), None))
        for line in phase.lines:
            stamp = Text(f"{format_clock(line.offset):>6} ", "dim")
            if line.kind == "speech":
                rows.append((Text.assemble(stamp, line.text), line))
                continue
            mark = EVENT_MARKS.get(line.kind, "·")
            body = (
                f"{line.label}: {line.text}"
                if line.label and line.text
                else line.label or line.text
            )
            style = "italic dim" if line.kind == "silence" else "italic"
            rows.append((Text.assemble(stamp, (f"{mark} {body}", style)), line))
    return rows
