"""The Review list's columns: what each shows of a session, and how it sorts."""

from __future__ import annotations

from rich.text import Text

from mockterm.core.review.index import ReviewRow
from mockterm.core.sessions.timer import format_clock, format_overrun
from mockterm.ui.text import line
from mockterm.ui.widgets.session_table import Cell, Column

STATUS_LABELS = {
    "completed": "done",
    "ended_early": "early",
    "interrupted": "interr.",
    "running": "running",
    "corrupt": "CORRUPT",
}
COLUMNS = (
    Column("date", 16),
    Column("round", 10),
    Column("prompt"),  # what the others leave
    Column("time", 6),
    Column("over", 6),
    Column("grade", 8),
    Column("A/T", 4),
    Column("status", 7),
)
KEYS = tuple(c.key for c in COLUMNS)
SORTS = {
    "date": lambda r: (r.started_at, r.folder),
    "round": lambda r: (r.round_id, r.started_at),
    "prompt": lambda r: (r.prompt_title.lower(), r.started_at),
    "time": lambda r: (r.actual, r.started_at),
    "over": lambda r: (r.overrun, r.started_at),
    "grade": lambda r: (r.score or 0.0, r.grade, r.started_at),
    "A/T": lambda r: (r.has_audio + r.has_transcript, r.started_at),
    "status": lambda r: (r.status, r.started_at),
}


def cells(row: ReviewRow) -> list[Cell]:
    """What a row shows in each column."""
    date = row.started_at[:16].replace("T", " ") if row.started_at else "?"
    if row.corrupt:
        return [
            date,
            row.round_id[:10],
            line(f"unreadable: {row.error}", style="red"),
            "",
            "",
            "",
            "",
            Text("CORRUPT", style="bold red"),
        ]
    over = Text("")
    if row.actual and row.status == "completed":
        style = "red" if row.overrun > 30 else "green" if row.overrun <= 0 else ""
        over = Text(format_overrun(row.overrun), style=style)
    elif row.actual:
        # stopped before the plan was through: time under plan is not a figure of pace
        over = Text("—", style="dim")
    grade = row.grade
    if row.score is not None:
        grade = f"{grade[:4]} {row.score:.1f}".strip()
    if row.feedback_score is not None:
        # the interviewer's score, kept apart: in a paired mock it may be the friend's
        grade = f"{grade} iv {row.feedback_score:.1f}".strip()
    marks = ("A" if row.has_audio else "·") + ("T" if row.has_transcript else "·")
    status = STATUS_LABELS.get(row.status, row.status) + ("*" if row.newer else "")
    return [
        date,
        row.round_id[:10],
        row.prompt_title,
        format_clock(row.actual),
        over,
        grade,
        marks,
        Text(status, style="yellow" if row.status in ("interrupted", "running") else ""),
    ]
