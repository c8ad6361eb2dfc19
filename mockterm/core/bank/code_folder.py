"""Where a prompt's code lives and what it must hold: `code/<prompt id>/` beside its bank file,
with a starter, a reference solution and tests (`coding/spec.py` reads them for a mock). The
starter is one file, or for a multi-file prompt a whole small project."""

from __future__ import annotations

import os
from pathlib import Path

CODE_DIR = "code"
"""The folder beside bank files that holds their prompts' code folders."""
STARTER = "starter.py"
REFERENCE = "solution.py"
PROJECT = "project"
"""A multi-file prompt (a small codebase): the folder the candidate starts from..."""
PROJECT_SOLUTION = "solution"
"""...and the files of the reference that differ from it, at the same paths."""


def is_project(folder: Path) -> bool:
    return (folder / PROJECT).is_dir()


def code_folders(bank_dir: Path) -> dict[str, Path]:
    """The code folders of the bank files in `bank_dir`, by the id of their prompt."""
    folder = bank_dir / CODE_DIR
    try:
        with os.scandir(folder) as entries:  # each start looks: no stat per folder
            return {e.name: folder / e.name for e in entries if e.is_dir()}
    except OSError:  # no code folder: the usual case
        return {}


def required_files(levels: int) -> tuple[str, ...]:
    """The files a code folder must hold: the tests are one file a level in a levels round;
    hidden_tests*.py are optional."""
    tests = [f"tests_level{n}.py" for n in range(1, levels + 1)] if levels else ["tests.py"]
    return (STARTER, REFERENCE, *tests)


def missing_files(folder: Path, levels: int) -> list[str]:
    """What a code folder lacks; a project folder has `project/` and `solution/` folders in
    place of starter.py and solution.py."""
    if is_project(folder):
        missing = [] if (folder / PROJECT_SOLUTION).is_dir() else [f"{PROJECT_SOLUTION}/"]
        names = required_files(levels)[2:]
        return missing + [name for name in names if not (folder / name).is_file()]
    return [name for name in required_files(levels) if not (folder / name).is_file()]
