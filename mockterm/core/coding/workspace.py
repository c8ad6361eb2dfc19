"""A coding mock's workspace: the candidate's `solution.py` in the session folder.

It starts as the prompt's starter; the editor in the app saves it, and any other editor (one
opened with a key, another tmux pane, an IDE) may change it: `poll` notices. Every save goes to
the code's history. The prompt's code folder is copied into the session (`.prompt/`) at the
start, so review and re-runs work after the bank changes.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from mockterm.core.cache import MISSING, signature
from mockterm.core.coding.history import HISTORY_FILE, CodeHistory, read_history
from mockterm.core.coding.runner import DEFAULT_MEMORY_MB, TestRun, run_tests
from mockterm.core.coding.spec import CodeSpec, load_spec
from mockterm.core.files import atomic_write

SOLUTION_FILE = "solution.py"
PROMPT_CODE = ".prompt"


@dataclass(frozen=True)
class Change:
    """What `poll` found: the file's new text, or that it vanished and was put back."""

    text: str
    restored: bool = False


class Workspace:
    def __init__(self, folder: Path, spec: CodeSpec) -> None:
        self.folder = folder
        self.spec = spec
        self.path = folder / SOLUTION_FILE
        self.history = CodeHistory(folder / HISTORY_FILE)
        self.text = ""
        """The code as last saved or read."""
        self._seen = ""

    @classmethod
    def create(cls, folder: Path, spec: CodeSpec, offset: float = 0.0) -> Workspace:
        """Copy the prompt's code into the session and write the starter as solution.py."""
        copy = folder / PROMPT_CODE
        shutil.copytree(spec.folder, copy, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        workspace = cls(folder, load_spec(copy, spec.levels))
        starter = workspace.spec.starter
        workspace._write(starter)
        workspace.history.start(offset, starter)
        return workspace

    @classmethod
    def open(cls, folder: Path, levels: int = 0) -> Workspace:
        """The workspace of a session that has one (for review, or to go on with it)."""
        workspace = cls(folder, load_spec(folder / PROMPT_CODE, levels))
        workspace.history.resume()
        try:
            workspace.text = workspace.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            saves, _ = read_history(workspace.history.path)
            workspace.text = saves[-1].text if saves else ""
        workspace._seen = signature(workspace.path)
        return workspace

    def _write(self, text: str) -> None:
        atomic_write(self.path, text.encode("utf-8"))
        self.text = text
        self._seen = signature(self.path)

    def save(self, text: str, offset: float, source: str = "app") -> bool:
        """Write `text` (from the editor in the app) and keep it in the history; False when it
        is what the file holds already."""
        if text == self.text and signature(self.path) == self._seen:
            return False
        self._write(text)
        return self.history.save(offset, text, source)

    def poll(self, offset: float, source: str = "disk") -> Change | None:
        """What another editor did to the file since the last look (None: nothing).

        A deleted or unreadable file is put back with the last code known, so nothing is lost.
        """
        seen = signature(self.path)
        if seen == self._seen:
            return None
        if seen == MISSING:
            self._write(self.text)
            return Change(self.text, restored=True)
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            self._write(self.text)
            return Change(self.text, restored=True)
        self._seen = seen
        if text == self.text:
            return None
        self.text = text
        self.history.save(offset, text, source)
        return Change(text)

    def run(
        self, level: int = 0, *, python: str = "", memory_mb: int = DEFAULT_MEMORY_MB
    ) -> TestRun:
        """Run the tests (of levels 1..`level` in a levels round) against the code as last
        saved. Slow (a process of its own): call it from a worker thread."""
        tests = [(t.label, t.path) for t in self.spec.tests_up_to(level)]
        return run_tests(
            self.text, tests, python=python, timeout=self.spec.timeout, memory_mb=memory_mb
        )
