"""A coding prompt's code: its starter, reference solution and tests, read from its folder.

A prompt with id X in a bank file in folder D has code when `D/code/X/` exists:

- `starter.py`: what the candidate starts from (signatures and docstrings);
- `solution.py`: the reference solution;
- `tests.py` (visible examples) and `hidden_tests.py` (edge cases), or in a levels round
  `tests_levelN.py` and `hidden_tests_levelN.py` for each level N;
- optionally `run.toml` with `timeout_seconds`.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from mockterm.core.bank.code_folder import REFERENCE, STARTER, missing_files

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

RUN_FILE = "run.toml"
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
    def starter(self) -> str:
        return (self.folder / STARTER).read_text(encoding="utf-8")

    @property
    def reference(self) -> str:
        return (self.folder / REFERENCE).read_text(encoding="utf-8")

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
    heavy = any(_HEAVY.search(p.read_text(encoding="utf-8")) for p in sources if p.is_file())
    return HEAVY_TIMEOUT if heavy else DEFAULT_TIMEOUT
