"""Every coding prompt's code in the built-in bank: the reference passes its tests, the starter
does not (it is what the candidate starts from), and the starter is only signatures and docs."""

from __future__ import annotations

from pathlib import Path

import pytest

from mockterm.core.bank import load_bank
from mockterm.core.coding.runner import run_tests
from mockterm.core.paths import builtin_bank_dir

BANK = builtin_bank_dir()
CODE = BANK / "code"
BUILTIN = load_bank([BANK]).bank
DIRS = sorted(p for p in CODE.iterdir() if p.is_dir()) if CODE.is_dir() else []


def _test_files(folder: Path, levels: int) -> list[tuple[str, Path]]:
    if levels:
        files = []
        for n in range(1, levels + 1):
            files.append((f"level {n}", folder / f"tests_level{n}.py"))
            hidden = folder / f"hidden_tests_level{n}.py"
            if hidden.exists():
                files.append((f"level {n} hidden", hidden))
        return files
    files = [("examples", folder / "tests.py")]
    if (folder / "hidden_tests.py").exists():
        files.append(("hidden", folder / "hidden_tests.py"))
    return files


def _timeout(folder: Path) -> float:
    text = (folder / "starter.py").read_text(encoding="utf-8") + (folder / "solution.py").read_text(
        encoding="utf-8"
    )
    return 60.0 if "torch" in text else 20.0


@pytest.mark.parametrize("folder", DIRS, ids=[d.name for d in DIRS])
def test_reference_passes_and_starter_fails(folder: Path) -> None:
    prompt = BUILTIN.prompts.get(folder.name)
    assert prompt is not None, f"{folder} has no prompt with that id in the bank"
    files = _test_files(folder, len(prompt.levels))
    for _, path in files:
        assert path.is_file(), f"missing {path.name}"
    reference = run_tests(
        (folder / "solution.py").read_text(encoding="utf-8"), files, timeout=_timeout(folder)
    )
    failing = [f"{r.file}::{r.name}: {r.message}" for r in reference.results if not r.passed]
    assert reference.green, reference.problem or failing
    assert reference.total >= 4
    starter = run_tests(
        (folder / "starter.py").read_text(encoding="utf-8"), files, timeout=_timeout(folder)
    )
    assert not starter.green
    assert starter.passed < starter.total or starter.problem
