"""A coding mock's workspace: the candidate's code in the session folder.

For most prompts that is one file, `solution.py`; for a multi-file prompt, a small project in
`project/`. It starts as the prompt's starter; the editor in the app saves it, and any other
editor (one opened with a key, another tmux pane, an IDE, an AI assistant) may change it:
`poll` notices, new files included. Every save goes to the code's history. The prompt's code
folder is copied into the session (`.prompt/`) at the start, so review and re-runs work after
the bank changes.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from mockterm.core.cache import MISSING, signature
from mockterm.core.coding.history import HISTORY_FILE, CodeHistory, read_history, tree_at
from mockterm.core.coding.runner import DEFAULT_MEMORY_MB, TestRun, run_tests
from mockterm.core.coding.spec import SOLUTION_FILE, CodeSpec, CodeTree, load_spec, read_tree
from mockterm.core.files import atomic_write, inside

PROMPT_CODE = ".prompt"
PROJECT_DIR = "project"


@dataclass(frozen=True)
class Change:
    """What `poll` found in one file: its new text, or that it vanished and was put back."""

    file: str
    text: str
    restored: bool = False


class Workspace:
    def __init__(self, folder: Path, spec: CodeSpec) -> None:
        self.folder = folder
        self.spec = spec
        self.root = folder / PROJECT_DIR if spec.project else folder
        """Where the candidate's files are: the session folder, or its project/."""
        self.history = CodeHistory(folder / HISTORY_FILE)
        self.files: CodeTree = {}
        """Every file's code as last saved or read, by its path in `root`."""
        self._seen: dict[str, str] = {}

    @property
    def main_file(self) -> str:
        """The file the editor opens first."""
        if SOLUTION_FILE in self.files or not self.files:
            return SOLUTION_FILE
        readme = [name for name in self.files if name.lower().startswith("readme")]
        return readme[0] if readme else sorted(self.files)[0]

    @property
    def path(self) -> Path:
        """The main file on disk (for one-file prompts, the whole of the candidate's code)."""
        return self.root / self.main_file

    @property
    def text(self) -> str:
        return self.files.get(self.main_file, "")

    @classmethod
    def create(cls, folder: Path, spec: CodeSpec, offset: float = 0.0) -> Workspace:
        """Copy the prompt's code into the session and write the starter there."""
        copy = folder / PROMPT_CODE
        shutil.copytree(spec.folder, copy, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        workspace = cls(folder, load_spec(copy, spec.levels))
        starter = workspace.spec.starter
        for name, text in starter.items():
            workspace._write(name, text)
        workspace.history.start(offset, starter)
        return workspace

    @classmethod
    def open(cls, folder: Path, levels: int = 0) -> Workspace:
        """The workspace of a session that has one (for review, or to go on with it)."""
        workspace = cls(folder, load_spec(folder / PROMPT_CODE, levels))
        workspace.history.resume()
        saves, _ = read_history(workspace.history.path)
        workspace.files = tree_at(saves, float("inf"))
        workspace.files.update(workspace._on_disk())
        workspace._seen = {name: signature(workspace.root / name) for name in workspace.files}
        return workspace

    def _on_disk(self) -> CodeTree:
        if self.spec.project:
            return read_tree(self.root)
        try:
            return {SOLUTION_FILE: (self.root / SOLUTION_FILE).read_text(encoding="utf-8")}
        except (OSError, UnicodeDecodeError):
            return {}

    def _write(self, name: str, text: str, *, durable: bool = True) -> None:
        path = inside(self.root, name)
        if path is None:
            raise OSError(f"{name} is outside the workspace")
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, text.encode("utf-8"), durable=durable)
        self.files[name] = text
        self._seen[name] = signature(path)

    def save(self, text: str, offset: float, source: str = "app", file: str = "") -> bool:
        """Write `text` to `file` (the main file by default) from the editor in the app, and
        keep it in the history; False when the file holds it already."""
        name = file or self.main_file
        if text == self.files.get(name) and signature(self.root / name) == self._seen.get(name):
            return False
        # saved a moment after each bout of typing, on the app's thread: the new file replaces
        # the old one whole (a crash leaves one or the other), but is not fsynced, which can
        # take tens of milliseconds on a busy disk and make the clock's tick that late
        self._write(name, text, durable=False)
        return self.history.save(offset, text, source, name)

    def poll(self, offset: float, source: str = "disk") -> list[Change]:
        """What other editors did to the files since the last look (new files included).

        A file deleted or made unreadable is put back with the last code known, so nothing is
        lost."""
        changes: list[Change] = []
        names = set(self.files)
        if self.spec.project:
            names |= {
                path.relative_to(self.root).as_posix()
                for path in self.root.rglob("*")
                if path.is_file() and not _hidden(path.relative_to(self.root))
            }
        for name in sorted(names):
            seen = signature(self.root / name)
            if seen == self._seen.get(name):
                continue
            known = self.files.get(name)
            if seen == MISSING:
                if known is not None:
                    self._write(name, known)
                    changes.append(Change(name, known, restored=True))
                continue
            try:
                text = (self.root / name).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                self._seen[name] = seen  # not text we can edit: leave it be
                continue
            self._seen[name] = seen
            if text == known:
                continue
            self.files[name] = text
            self.history.save(offset, text, source, name)
            changes.append(Change(name, text))
        return changes

    def run(
        self, level: int = 0, *, python: str = "", memory_mb: int = DEFAULT_MEMORY_MB
    ) -> TestRun:
        """Run the tests (of levels 1..`level` in a levels round) against the code as last
        saved. Slow (a process of its own): call it from a worker thread."""
        tests = [(t.label, t.path) for t in self.spec.tests_up_to(level)]
        return run_tests(
            dict(self.files), tests, python=python, timeout=self.spec.timeout, memory_mb=memory_mb
        )


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") or part == "__pycache__" for part in relative.parts)
