"""The Review list's columns: what each shows of a session, and how it sorts."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from operator import add
from typing import Any

from rich.text import Text

from mockterm.core.review.index import ReviewRow
from mockterm.core.review.row_columns import RowColumns
from mockterm.core.sessions.timer import format_clock, format_overrun, overrun_seconds
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
SORTS: dict[str, Callable[[RowColumns], list[tuple[Any, ...]]]] = {
    # each column's sort key of every row at once, from the columns (no row objects made)
    "date": lambda t: list(zip(t.column("started_at"), t.column("folder"), strict=True)),
    "round": lambda t: _keys(t, t.column("round_id")),
    "prompt": lambda t: _keys(t, map(str.lower, t.column("prompt_title"))),
    "time": lambda t: _keys(t, t.column("actual")),
    "over": lambda t: _keys(t, map(overrun_seconds, t.column("actual"), t.column("planned"))),
    "grade": lambda t: _keys(t, map(_score, t.column("scores")), t.column("grade")),
    "A/T": lambda t: _keys(t, map(add, t.column("has_audio"), t.column("has_transcript"))),
    "status": lambda t: _keys(t, t.column("status")),
}


def _keys(table: RowColumns, *values: Iterable[Any]) -> list[tuple[Any, ...]]:
    """(values..., date) of each row: the date breaks ties."""
    return list(zip(*values, table.column("started_at"), strict=True))


def _score(scores: Mapping[str, int]) -> float:
    """`ReviewRow.score`, 0 without one."""
    return sum(scores.values()) / len(scores) if scores else 0.0


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
