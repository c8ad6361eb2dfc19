"""The layers hold (the core imports no Textual, Rich, UI or CLI; the UI no CLI), and the
built-in bank ships inside the wheel."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import mockterm.core

ROOT = Path(__file__).resolve().parent.parent


FORBIDDEN_IN_CORE = ("textual", "textual_plotext", "rich", "mockterm.ui", "mockterm.cli")


def test_core_is_reachable_without_the_tui() -> None:
    """Every core module imports without Textual, Rich, the UI or the CLI (pyproject.toml's
    import-linter contracts check the same statically, with the layers inside the core)."""
    modules = [m.name for m in pkgutil.walk_packages(mockterm.core.__path__, "mockterm.core.")]
    assert "mockterm.core.bank" in modules and "mockterm.core.coding.runner" in modules
    code = "\n".join(
        [f"import {m}" for m in modules]
        + [
            "import sys",
            f"forbidden = {FORBIDDEN_IN_CORE!r}",
            "bad = sorted(m for m in sys.modules if m.startswith(forbidden))",
            "assert not bad, bad",
        ]
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_the_ui_never_imports_the_cli() -> None:
    code = (
        "import sys, pkgutil, importlib, mockterm.ui\n"
        "for m in pkgutil.walk_packages(mockterm.ui.__path__, 'mockterm.ui.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith('mockterm.cli'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


@pytest.mark.skipif(not (ROOT / "pyproject.toml").exists(), reason="needs the source tree")
def test_wheel_carries_the_builtin_bank(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0 and "hatchling" in result.stderr:
        pytest.skip("hatchling is not installed in this environment")
    assert result.returncode == 0, result.stderr
    wheel = next(tmp_path.glob("mockterm-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    bank_files = sorted(n for n in names if n.startswith("mockterm/question_bank/"))
    bank = ROOT / "question_bank"
    expected = sorted(
        f"mockterm/question_bank/{p.relative_to(bank).as_posix()}"
        for p in bank.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )
    assert bank_files == expected and expected
    # and the installed layout finds it: builtin_bank_dir prefers the package's copy
    extracted = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(extracted)
    code = "from mockterm.core.paths import builtin_bank_dir; print(builtin_bank_dir())"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(extracted)},
        check=True,
    ).stdout
    assert out.strip() == str(extracted / "mockterm" / "question_bank")
