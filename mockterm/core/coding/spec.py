"""A coding prompt's code: its starter, reference solution and tests, read from its folder.

A prompt with id X in a bank file in folder D has code when `D/code/X/` exists:

- `starter.py`: what the candidate starts from (signatures and docstrings), or for a
  multi-file prompt a `project/` folder (a small codebase);
- `solution.py`: the reference solution, or `solution/`: the project's files that differ in it;
- `tests.py` (visible examples) and `hidden_tests.py` (edge cases), or in a levels round
  `tests_levelN.py` and `hidden_tests_levelN.py` for each level N;
- optionally `run.toml` with `timeout_seconds`.

Code is handled as a tree: relative path -> text (one file, `solution.py`, for most prompts).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from mockterm.core.bank.code_folder import (
    PROJECT,
    PROJECT_SOLUTION,
    REFERENCE,
    STARTER,
    is_project,
    missing_files,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

RUN_FILE = "run.toml"
SOLUTION_FILE = "solution.py"
"""The candidate's file in a one-file prompt (the tests `from solution import ...`)."""
MAX_FILE_BYTES = 256 * 1024
"""Larger files of a project are not code to edit (data, a binary): they are left out."""

CodeTree = dict[str, str]
DEFAULT_TIMEOUT = 10.0
"""Seconds a run of a prompt's tests may take (interpreter start included)."""
HEAVY_TIMEOUT = 60.0
"""For tests that import PyTorch or TensorFlow: importing one takes seconds by itself."""
_HEAVY = re.compile(r"^\s*(import|from)\s+(torch|tensorflow|jax)\b", re.M)


class CodeSpecError(Exception):
    """A prompt's code folder that cannot be used; the message says what is missing."""


@dataclass(frozen=True)
class TestFile:
    """One file of test functions: which level it belongs to (0 outside levels rounds) and
    whether the candidate sees it."""

    path: Path
    level: int = 0
    hidden: bool = False

    @property
    def label(self) -> str:
        where = f"level {self.level}" if self.level else "examples"
        if self.hidden:
            where = f"{where} hidden" if self.level else "hidden"
        return where


@dataclass(frozen=True)
class CodeSpec:
    folder: Path
    tests: tuple[TestFile, ...]
    levels: int = 0
    timeout: float = DEFAULT_TIMEOUT

    @property
    def project(self) -> bool:
        """A multi-file prompt: a small codebase rather than one file."""
        return is_project(self.folder)

    @property
    def starter(self) -> CodeTree:
        if self.project:
            return read_tree(self.folder / PROJECT)
        return {SOLUTION_FILE: (self.folder / STARTER).read_text(encoding="utf-8")}

    @property
    def reference(self) -> CodeTree:
        if self.project:
            return {**self.starter, **self.reference_changes}
        return {SOLUTION_FILE: (self.folder / REFERENCE).read_text(encoding="utf-8")}

    @property
    def reference_changes(self) -> CodeTree:
        """What the reference writes: the whole file, or a project's files that change."""
        if self.project:
            return read_tree(self.folder / PROJECT_SOLUTION)
        return self.reference

    def tests_up_to(self, level: int) -> list[TestFile]:
        """The tests of levels 1..`level` (every test outside levels rounds), in order."""
        return [t for t in self.tests if not self.levels or t.level <= level]

    def visible(self, level: int | None = None) -> list[TestFile]:
        return [t for t in self.tests if not t.hidden and (level is None or t.level == level)]


def load_spec(folder: Path, levels: int = 0) -> CodeSpec:
    """Read a prompt's code folder; `levels` is the number of levels of a levels round."""
    missing = missing_files(folder, levels)
    if missing:
        raise CodeSpecError(f"{folder}: missing {', '.join(missing)}")
    tests: list[TestFile] = []
    if levels:
        for level in range(1, levels + 1):
            tests.append(TestFile(folder / f"tests_level{level}.py", level))
            hidden = folder / f"hidden_tests_level{level}.py"
            if hidden.is_file():
                tests.append(TestFile(hidden, level, hidden=True))
    else:
        tests.append(TestFile(folder / "tests.py"))
        if (folder / "hidden_tests.py").is_file():
            tests.append(TestFile(folder / "hidden_tests.py", hidden=True))
    return CodeSpec(folder, tuple(tests), levels, _timeout(folder, tests))


def reference_text(tree: CodeTree) -> str:
    """A code tree as one text to read: the file alone, or each file under its path."""
    if list(tree) == [SOLUTION_FILE]:
        return tree[SOLUTION_FILE]
    return "\n".join(f"# --- {name} ---\n{text}" for name, text in sorted(tree.items()))


def read_tree(root: Path) -> CodeTree:
    """Every text file under `root` by its path relative to it ('/'-separated), skipping
    caches, hidden files and files too big or not UTF-8."""
    tree: CodeTree = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if any(part.startswith(".") or part == "__pycache__" for part in relative.parts):
            continue
        if not path.is_file() or path.is_symlink() or path.stat().st_size > MAX_FILE_BYTES:
            continue
        try:
            tree[relative.as_posix()] = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
    return tree


def _timeout(folder: Path, tests: list[TestFile]) -> float:
    run_file = folder / RUN_FILE
    if run_file.is_file():
        try:
            value = tomllib.loads(run_file.read_text(encoding="utf-8")).get("timeout_seconds")
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise CodeSpecError(f"{run_file}: {exc}") from None
        if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value <= 600:
            return float(value)
        raise CodeSpecError(f"{run_file}: timeout_seconds must be a number of seconds, 1 to 600")
    sources = [folder / STARTER, folder / REFERENCE, *(t.path for t in tests)]
    texts = [p.read_text(encoding="utf-8") for p in sources if p.is_file()]
    if is_project(folder):
        texts += [
            *read_tree(folder / PROJECT).values(),
            *read_tree(folder / PROJECT_SOLUTION).values(),
        ]
    heavy = any(_HEAVY.search(text) for text in texts)
    return HEAVY_TIMEOUT if heavy else DEFAULT_TIMEOUT
