"""Every command over the hostile corpus (tests/data/hostile: banks, sessions, configs, notes).

Each item is copied into a sandbox (sessions, config, caches, home and working folder all in
it), then each command runs over it and must: exit 0, 1 or 2; print no traceback and no control
character; change nothing outside the sandbox (the corpus, the checkout, the folder beside the
sandbox that hostile paths point at)."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from mockterm.cli import main

HOSTILE = Path(__file__).parent / "data" / "hostile"
ROOT = Path(__file__).resolve().parent.parent
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

SESSION_COMMANDS = (
    ["list"],
    ["due"],
    ["due", "--all"],
    ["stats"],
    ["stats", "--round", "hostile"],
    ["export", "2026"],
    ["export", "2026", "--format", "json", "-o", "-"],
    ["export", "2026", "-o", "-"],
    ["transcribe", "--pending", "--model", "/no/such/model"],
    ["start", "hostile"],
    ["review"],
)
BANK_COMMANDS = (
    ["bank", "list"],
    ["bank", "list", "hostile"],
    ["bank", "list", "hostile_rapid"],
    ["bank", "show", "hostile"],
    ["bank", "show", "hostile-one"],
    ["bank", "show", "hostile-two"],
    ["bank", "show", "hostile-rf-2"],
    ["bank", "validate"],
    ["due"],
    ["start", "hostile", "--prompt", "hostile-one"],
)


def items(kind: str) -> list[Path]:
    return sorted((HOSTILE / kind).iterdir())


def fingerprint(*roots: Path) -> dict[str, str]:
    """Every file under `roots` (links as links) with a hash of what it holds."""
    seen: dict[str, str] = {}
    for root in roots:
        for path in sorted(root.rglob("*")):
            if "__pycache__" in path.parts:
                continue
            if path.is_symlink():
                seen[str(path)] = "link:" + os.readlink(path)
            elif path.is_file():
                seen[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
            else:
                seen[str(path)] = "dir"
    return seen


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """tmp/sandbox: where the command may write; tmp/outside: what hostile paths point at."""
    box = tmp_path / "sandbox"
    outside = tmp_path / "outside"
    for folder in (box / "home", box / "work", box / "sessions", outside):
        folder.mkdir(parents=True)
    (outside / "target.wav").write_bytes(b"RIFF not yours")
    (outside / "target.toml").write_text('id = "not yours"\n')
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(box / "home"))
    monkeypatch.setenv("MOCKTERM_CONFIG", str(box / "config.toml"))
    monkeypatch.chdir(box / "work")
    watched = (HOSTILE, ROOT / "question_bank", ROOT / "mockterm", outside)
    before = fingerprint(*watched)
    yield box
    assert fingerprint(*watched) == before, "a command changed something outside its sandbox"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own exits
        code = exc.code if isinstance(exc.code, int) else 1
    out = capsys.readouterr()
    text = out.out + out.err
    assert code in (0, 1, 2), f"{argv}: exit {code}\n{text}"
    assert "Traceback" not in text, f"{argv}:\n{text}"
    found = CONTROL.findall(text.replace("\t", ""))
    assert not found, f"{argv}: control characters printed: {sorted(set(found))!r}\n{text}"
    return code, text


@pytest.mark.parametrize("item", items("sessions"), ids=lambda p: p.name)
def test_every_command_over_a_hostile_session(
    item: Path, sandbox: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sessions = sandbox / "sessions"
    for folder in item.iterdir():
        if folder.is_symlink():
            os.symlink(os.readlink(folder), sessions / folder.name)
        else:
            shutil.copytree(folder, sessions / folder.name, symlinks=True)
    options = ["--sessions", str(sessions), "--bank", str(HOSTILE / "banks")]
    for command in SESSION_COMMANDS:
        run([*options, *command], capsys)


@pytest.mark.parametrize("item", items("banks"), ids=lambda p: p.name)
def test_every_command_over_a_hostile_bank(
    item: Path, sandbox: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = sandbox / "bank"
    bank.mkdir()
    shutil.copy(item, bank / item.name)
    options = ["--sessions", str(sandbox / "sessions"), "--bank", str(bank)]
    for command in (*BANK_COMMANDS, ["bank", "validate", str(bank / item.name)]):
        run([*options, *command], capsys)


@pytest.mark.parametrize("item", items("configs"), ids=lambda p: p.name)
def test_every_command_over_a_hostile_config(
    item: Path, sandbox: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = sandbox / "config.toml"
    shutil.copy(item, config)
    options = ["--sessions", str(sandbox / "sessions")]
    for command in (["list"], ["due"], ["stats"], ["bank", "list"], ["start", "demo"]):
        run([*options, *command], capsys)
    # with --config named: the same file read as the one the user asked for
    run(["--config", str(config), "bank", "list"], capsys)


@pytest.mark.parametrize("item", items("notes"), ids=lambda p: p.name)
def test_bank_import_over_hostile_notes(
    item: Path, sandbox: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = sandbox / "work" / item.name
    shutil.copy(item, notes)
    out = sandbox / "work" / "imported.toml"
    options = ["--sessions", str(sandbox / "sessions")]
    for round_id in ("ml_fundamentals", "behavioral"):
        code, _ = run(
            [*options, "bank", "import", str(notes), "--round", round_id, "--out", str(out)],
            capsys,
        )
        if code == 0 and out.exists():
            run([*options, "--bank", str(out), "bank", "list", round_id], capsys)
            run([*options, "bank", "validate", str(out)], capsys)


def test_a_link_loop_as_the_sessions_folder(
    sandbox: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    loop = sandbox / "loop"
    loop.symlink_to(loop)
    for command in (*SESSION_COMMANDS, ["start", "demo"]):
        run(["--sessions", str(loop), *command], capsys)
    code, text = run(["--sessions", str(loop), "start", "demo"], capsys)
    assert code == 1 and "link that leads nowhere" in text


def test_a_link_loop_as_a_bank_and_in_notes(
    sandbox: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A link loop as `--bank`, and one (or a NUL) that a notes file links to or shows."""
    loop = sandbox / "work" / "loop"
    loop.symlink_to(loop)
    for command in (*BANK_COMMANDS, ["list"]):
        run(["--sessions", str(sandbox / "sessions"), "--bank", str(loop), *command], capsys)
    notes = sandbox / "work" / "notes.md"
    notes.write_text(
        "# Q\n\n- What does [this link](loop) point at, and why?\n"
        "- What is [that](a%00b) and ![this](x%00.png) here?\n"
    )
    out = sandbox / "work" / "out.toml"
    argv = ["bank", "import", str(notes), "--round", "behavioral", "--out", str(out)]
    code, text = run(["--sessions", str(sandbox / "sessions"), *argv], capsys)
    assert code == 0 and "2 new" in text


def test_output_into_a_closed_pipe_is_quiet(sandbox: Path) -> None:
    """`mockterm bank import ... | head -1`: the reader goes away; no BrokenPipeError is printed."""
    import subprocess
    import sys

    notes = sandbox / "work" / "many.md"
    questions = (f"- Why does question {i} matter so much in practice?" for i in range(3000))
    notes.write_text("# Questions\n\n" + "\n".join(questions) + "\n")
    argv = ["bank", "import", str(notes), "--round", "behavioral", "--out", str(notes) + ".toml"]
    script = f"import sys; from mockterm.cli import main; sys.exit(main({argv!r}))"
    reader = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.readline()
    reader.stdout.close()  # as `head -1` does
    err = reader.stderr.read().decode()
    assert reader.wait(timeout=60) in (0, 1)
    assert "Traceback" not in err and "BrokenPipe" not in err, err
