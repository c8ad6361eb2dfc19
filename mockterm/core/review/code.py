"""A coding mock's code in review: the final code, the code at the end of each phase and what
changed between them, every test run on the time line, and each level's time to green."""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mockterm.core.coding.history import HISTORY_FILE, Run, Save, code_at, read_history
from mockterm.core.review.timeline import PhaseSpan


@dataclass(frozen=True)
class CodeMoment:
    """The code as it was at the end of a phase (or at the end of the mock)."""

    label: str
    offset: float
    text: str
    diff: str
    """What changed since the moment before (a unified diff; "" when nothing did)."""


@dataclass(frozen=True)
class CodeReview:
    final: str
    moments: tuple[CodeMoment, ...]
    runs: tuple[Run, ...]
    saves: int
    levels_green: tuple[tuple[int, float], ...] = ()
    """(level, offset of its first green run) for each level that went green."""
    levels: int = 0
    """How many levels the prompt has (0 outside levels rounds)."""

    @property
    def first_green(self) -> float | None:
        """When every test first passed (single rounds), or every level (levels rounds)."""
        if self.levels:
            done = len(self.levels_green) == self.levels
            return max(at for _, at in self.levels_green) if done else None
        return next((run.offset for run in self.runs if run.green), None)

    @property
    def last_run(self) -> Run | None:
        return self.runs[-1] if self.runs else None


def unified(before: str, after: str, label_before: str, label_after: str) -> str:
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        label_before,
        label_after,
        n=2,
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def moments(saves: Sequence[Save], spans: Sequence[PhaseSpan], end: float) -> list[CodeMoment]:
    """The code at the end of each phase that ran, then at the end of the mock."""
    points = [(f"end of {span.name}", span.end) for span in spans]
    if not points or end > points[-1][1] + 1e-6:
        points.append(("end of the mock", end))
    result: list[CodeMoment] = []
    before, label_before = code_at(saves, 0.0), "start"
    for label, offset in points:
        text = code_at(saves, offset)
        result.append(CodeMoment(label, offset, text, unified(before, text, label_before, label)))
        before, label_before = text, label
    return result


def code_review(
    folder: Path, table: Mapping[str, Any] | None, spans: Sequence[PhaseSpan], end: float
) -> CodeReview | None:
    """The code of a coding mock's folder (its `[code]` table says it has some); None else."""
    if not isinstance(table, Mapping):
        return None
    saves, runs = read_history(folder / HISTORY_FILE)
    if not saves:
        return None
    levels = []
    for item in table.get("levels", ()):
        if isinstance(item, Mapping):
            try:
                levels.append((int(item["level"]), float(item["green_at"])))
            except (KeyError, TypeError, ValueError):
                continue
    final = saves[-1].text
    return CodeReview(
        final,
        tuple(moments(saves, spans, end)),
        tuple(runs),
        len(saves) - 1,
        tuple(sorted(levels)),
        int(table.get("levels_total", 0) or 0),
    )
