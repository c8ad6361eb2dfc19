"""A coding mock's code in review: the final code, the code at the end of each phase and what
changed between them, every test run on the time line, and each level's time to green."""

from __future__ import annotations

import contextlib
import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mockterm.core.coding.history import HISTORY_FILE, Run, Save, read_history, tree_at
from mockterm.core.coding.spec import CodeTree, reference_text
from mockterm.core.review.timeline import PhaseSpan


@dataclass(frozen=True)
class CodeMoment:
    """The code as it was at the end of a phase (or at the end of the mock)."""

    label: str
    offset: float
    files: CodeTree
    diff: str
    """What changed since the moment before (a unified diff; "" when nothing did)."""

    @property
    def text(self) -> str:
        return reference_text(self.files)


@dataclass(frozen=True)
class CodeReview:
    files: CodeTree
    """The final code, by file."""
    moments: tuple[CodeMoment, ...]
    runs: tuple[Run, ...]
    saves: int
    levels_green: tuple[tuple[int, float], ...] = ()
    """(level, offset of its first green run) for each level that went green."""
    levels: int = 0
    """How many levels the prompt has (0 outside levels rounds)."""

    @property
    def final(self) -> str:
        return reference_text(self.files)

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


def unified(before: CodeTree, after: CodeTree, label_before: str, label_after: str) -> str:
    """What changed between two states of the code, file by file."""
    parts = []
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name, ""), after.get(name, "")
        if old == new:
            continue
        lines = difflib.unified_diff(
            old.splitlines(keepends=True),
            new.splitlines(keepends=True),
            f"{name} ({label_before})",
            f"{name} ({label_after})",
            n=2,
        )
        parts.append("".join(line if line.endswith("\n") else line + "\n" for line in lines))
    return "".join(parts)


def moments(saves: Sequence[Save], spans: Sequence[PhaseSpan], end: float) -> list[CodeMoment]:
    """The code at the end of each phase that ran, then at the end of the mock."""
    points = [(f"end of {span.name}", span.end) for span in spans]
    if not points or end > points[-1][1] + 1e-6:
        points.append(("end of the mock", end))
    result: list[CodeMoment] = []
    before, label_before = tree_at(saves, 0.0), "start"
    for label, offset in points:
        files = tree_at(saves, offset)
        result.append(CodeMoment(label, offset, files, unified(before, files, label_before, label)))
        before, label_before = files, label
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
    return CodeReview(
        tree_at(saves, float("inf")),
        tuple(moments(saves, spans, end)),
        tuple(runs),
        sum(1 for save in saves if save.source != "start"),
        tuple(sorted(levels)),
        int(table.get("levels_total", 0) or 0),
    )


def code_figures(table: object) -> dict[str, Any]:
    """The test figures of a coding mock from its `[code]` table alone (no history read):
    `tests` (the last run's passed, total), `green_at` (when every test, or every level, first
    passed) and `levels_green` (each level's time to green); {} for a mock without code."""
    if not isinstance(table, Mapping):
        return {}
    runs = [r for r in table.get("runs", ()) if isinstance(r, Mapping)]
    figures: dict[str, Any] = {}
    with contextlib.suppress(KeyError, TypeError, ValueError):
        if runs:
            figures["tests"] = (int(runs[-1]["passed"]), int(runs[-1]["total"]))
        levels = sorted(
            (int(x["level"]), float(x["green_at"]))
            for x in table.get("levels", ())
            if isinstance(x, Mapping)
        )
        figures["levels_green"] = tuple(at for _, at in levels)
        total = int(table.get("levels_total", 0))
        if total:  # a levels round is green when its last level is
            if len(levels) == total:
                figures["green_at"] = max(at for _, at in levels)
        else:
            green = [
                float(r["offset"])
                for r in runs
                if not r.get("problem") and int(r["total"]) and int(r["passed"]) == int(r["total"])
            ]
            if green:
                figures["green_at"] = green[0]
    return figures
