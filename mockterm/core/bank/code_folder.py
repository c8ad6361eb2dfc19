"""Where a prompt's code lives and what it must hold: `code/<prompt id>/` beside its bank file,
with a starter, a reference solution and tests (`coding/spec.py` reads them for a mock)."""

from __future__ import annotations

from pathlib import Path

STARTER = "starter.py"
REFERENCE = "solution.py"


def code_folders(bank_dir: Path) -> dict[str, Path]:
    """The code folders of the bank files in `bank_dir`, by the id of their prompt."""
    try:
        return {p.name: p for p in (bank_dir / "code").iterdir() if p.is_dir()}
    except OSError:  # no code folder: the usual case
        return {}


def required_files(levels: int) -> tuple[str, ...]:
    """The files a code folder must hold: the tests are one file a level in a levels round;
    hidden_tests*.py are optional."""
    tests = [f"tests_level{n}.py" for n in range(1, levels + 1)] if levels else ["tests.py"]
    return (STARTER, REFERENCE, *tests)


def missing_files(folder: Path, levels: int) -> list[str]:
    return [name for name in required_files(levels) if not (folder / name).is_file()]
