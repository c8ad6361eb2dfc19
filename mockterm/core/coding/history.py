"""The code's history in a coding mock: every save and every test run, with its offset.

Kept small (a 60-minute mock saved every few seconds stays well under 1 MB): one JSON line per
entry in `code_history.jsonl`, a save storing only the lines that changed since the previous
one, with the whole text again every `KEYFRAME_EVERY` saves so replaying stays quick. Appending
a line is atomic enough: a crash can lose the entry in flight, never an earlier one.
"""

from __future__ import annotations

import contextlib
import difflib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HISTORY_FILE = "code_history.jsonl"
KEYFRAME_EVERY = 40

Ops = list[tuple[int, int, list[str]]]


def diff_ops(old: str, new: str) -> Ops:
    """The line edits that turn `old` into `new`: (start, end, replacement lines) of `old`."""
    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return [(i1, i2, b[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def apply_ops(old: str, ops: Sequence[Sequence[Any]]) -> str:
    lines = old.splitlines(keepends=True)
    for start, end, replacement in reversed(ops):
        lines[int(start) : int(end)] = [str(x) for x in replacement]
    return "".join(lines)


@dataclass(frozen=True)
class Save:
    offset: float
    text: str
    source: str = "app"
    """app (the editor in mockterm), editor ($EDITOR), disk (another program), start."""
    file: str = "solution.py"
    """Which file of the code (a project has several)."""


@dataclass(frozen=True)
class Run:
    """One run of the tests: how many passed, which failed, why it stopped if it did."""

    offset: float
    passed: int
    total: int
    failing: tuple[str, ...] = ()
    problem: str = ""
    seconds: float = 0.0
    level: int = 0
    """The highest level unlocked when it ran (0 outside levels rounds)."""
    green_levels: tuple[int, ...] = ()

    @property
    def green(self) -> bool:
        return not self.problem and self.total > 0 and self.passed == self.total


class CodeHistory:
    """Appends saves and runs to the history file of one mock."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._last: dict[str, str] = {}
        self._since_keyframe: dict[str, int] = {}
        self.size = 0

    def start(self, offset: float, tree: dict[str, str]) -> None:
        self._append({"t": round(offset, 3), "kind": "start", "files": tree})
        self._last = dict(tree)

    def resume(self) -> None:
        """Continue a history written earlier (the app restarted on the same folder)."""
        saves, _ = read_history(self.path)
        self._last = tree_at(saves, float("inf"))

    def save(
        self, offset: float, text: str, source: str = "app", file: str = "solution.py"
    ) -> bool:
        """Record `file`'s `text` as saved at `offset`; False when it is what was saved last."""
        last = self._last.get(file)
        if text == last:
            return False
        entry: dict[str, Any] = {"t": round(offset, 3), "kind": "save", "file": file}
        entry["source"] = source
        count = self._since_keyframe.get(file, 0) + 1
        if last is None or count >= KEYFRAME_EVERY:
            entry["text"] = text
            count = 0
        else:
            entry["ops"] = diff_ops(last, text)
        self._since_keyframe[file] = count
        self._append(entry)
        self._last[file] = text
        return True

    def run(self, run: Run) -> None:
        self._append(
            {
                "t": round(run.offset, 3),
                "kind": "run",
                "passed": run.passed,
                "total": run.total,
                "failing": list(run.failing),
                "problem": run.problem,
                "seconds": run.seconds,
                "level": run.level,
                "green_levels": list(run.green_levels),
            }
        )

    def _append(self, entry: dict[str, Any]) -> None:
        line = (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8")
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.write(fd, line)
        finally:
            os.close(fd)
        self.size += len(line)


def read_history(path: Path) -> tuple[list[Save], list[Run]]:
    """Every save (each file's whole text, replayed) and every run, in order. A damaged line
    (the last one, cut by a crash) is skipped, and so is a save that cannot be replayed."""
    saves: list[Save] = []
    runs: list[Run] = []
    texts: dict[str, str] = {}
    try:
        raw = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return saves, runs
    for line in raw.splitlines():
        try:
            entry = json.loads(line)
            kind = entry["kind"]
            offset = float(entry["t"])
        except (ValueError, KeyError, TypeError):
            continue
        with contextlib.suppress(ValueError, KeyError, TypeError, IndexError, AttributeError):
            if kind == "start":
                for name, text in dict(entry["files"]).items():
                    texts[str(name)] = str(text)
                    saves.append(Save(offset, str(text), "start", str(name)))
            elif kind == "save":
                name = str(entry.get("file", "solution.py"))
                if "text" in entry:
                    text = str(entry["text"])
                elif name in texts:
                    text = apply_ops(texts[name], entry["ops"])
                else:
                    continue
                texts[name] = text
                saves.append(Save(offset, text, str(entry.get("source", kind)), name))
            elif kind == "run":
                runs.append(
                    Run(
                        offset,
                        int(entry["passed"]),
                        int(entry["total"]),
                        tuple(str(f) for f in entry.get("failing", ())),
                        str(entry.get("problem", "")),
                        float(entry.get("seconds", 0.0)),
                        int(entry.get("level", 0)),
                        tuple(int(x) for x in entry.get("green_levels", ())),
                    )
                )
    return saves, runs


def tree_at(saves: Sequence[Save], offset: float) -> dict[str, str]:
    """Every file as it was at `offset` (its last save at or before it; the starter before
    the first)."""
    tree: dict[str, str] = {}
    for save in saves:
        if save.offset > offset + 1e-9 and save.source != "start":
            break
        tree[save.file] = save.text
    return tree


def code_at(saves: Sequence[Save], offset: float, file: str = "solution.py") -> str:
    """One file as it was at `offset`."""
    return tree_at(saves, offset).get(file, "")
