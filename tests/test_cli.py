"""The command line: exit codes 0/1/2, one-line errors, bank and list commands."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mockterm.cli import main
from tests.conftest import TEST_BANK


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_is_fast_and_has_no_textual() -> None:
    code = (
        "import sys, runpy; sys.argv=['mockterm','--version']\n"
        "try:\n    runpy.run_module('mockterm', run_name='__main__')\n"
        "except SystemExit: pass\n"
        "assert 'textual' not in sys.modules, 'textual imported for --version'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("mockterm 0.1.0")


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["start"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["start", "demo", "--minutes", "zero"])
    assert exc.value.code == 2
    assert "not a number of minutes" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["start", "nope"], "no round type 'nope'"),
        (["start", "demo", "--prompt", "missing"], "no prompt 'missing'"),
        (["start", "demo", "--prompt", "demo-kv"], "belongs to round 'demo_levels'"),
        (["bank", "show", "zzz"], "no prompt or round 'zzz'"),
        (["bank", "list", "zzz"], "no round type 'zzz'"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], message: str
) -> None:
    code, _, err = run(capsys, "--bank", str(TEST_BANK), "--sessions", str(tmp_path), *args)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mockterm: error: ") and message in lines[0]


def test_start_needs_a_terminal(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(
        capsys, "--bank", str(TEST_BANK), "--sessions", str(tmp_path), "start", "demo"
    )
    assert code == 1 and "interactive terminal" in err


def test_unwritable_sessions_dir_is_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    code, _, err = run(capsys, "--sessions", str(blocker), "start", "demo")
    assert code in (1, 2)
    assert err.count("\n") == 1


def test_bank_list_and_show(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--bank", str(TEST_BANK), "bank", "list")
    assert code == 0 and "demo_levels" in out and "Demo round" in out
    code, out, _ = run(capsys, "--bank", str(TEST_BANK), "bank", "list", "demo")
    assert code == 0 and "demo-feed" in out and "demo-search" in out
    code, out, _ = run(capsys, "--bank", str(TEST_BANK), "bank", "show", "demo-feed")
    assert code == 0 and "Design a feed" in out and "cold start" in out


def test_bank_validate(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "--bank", str(TEST_BANK), "bank", "validate", str(TEST_BANK))
    assert code == 0 and out.startswith("OK:")
    bad = tmp_path / "mine.toml"
    bad.write_text('round = "demo"\n\n[[prompts]]\nid = "x"\ntitle = "T"\ntxet = "typo"\n')
    code, out, _ = run(capsys, "--bank", str(TEST_BANK), "bank", "validate", str(bad))
    assert code == 2
    assert f"{bad}:6: prompts[0] (x).txet: unknown key (did you mean 'text'?)" in out
    assert f"{bad}:3: prompts[0] (x).text: is required" in out
    code, _, err = run(capsys, "bank", "validate", str(tmp_path / "none.toml"))
    assert code == 2 and "no such file" in err


def test_config_warnings_name_the_key(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('bel = false\nwarning_seconds = "soon"\n')
    code, _, err = run(capsys, "--config", str(config), "--sessions", str(tmp_path / "s"), "list")
    assert code == 0
    assert "bel: unknown key (did you mean 'bell'?)" in err
    assert "warning_seconds: bad value 'soon'; using the default 60.0" in err


def _ended_mock(root: Path) -> Path:
    """A demo mock ended early, saved under `root`: its folder."""
    from mockterm.core.bank import load_bank
    from mockterm.core.sessions.mock import MockSession
    from mockterm.core.sessions.store import SessionStore

    bank = load_bank([TEST_BANK]).bank
    mock = MockSession(SessionStore(root), bank.round("demo"), bank.prompts["demo-feed"])
    mock.start()
    mock.end()
    assert mock.folder is not None
    return mock.folder


def test_list_shows_sessions_and_corrupt_ones(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    root = tmp_path / "s"
    _ended_mock(root)
    (root / "20200101T000000Z_broken").mkdir()
    code, out, _ = run(capsys, "--sessions", str(root), "list")
    assert code == 0
    assert "Design a feed" in out and "completed" not in out and "ended_early" in out
    assert "corrupt" in out and "missing" in out


def test_list_says_which_sessions_a_newer_mockterm_wrote(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from mockterm.core.sessions.session_file import SESSION_FILE

    path = _ended_mock(tmp_path / "s") / SESSION_FILE
    path.write_text(path.read_text().replace("format_version = 1", "format_version = 9"))
    code, out, _ = run(capsys, "--sessions", str(tmp_path / "s"), "list")
    assert code == 0
    assert "ended_early (newer)" in out
    assert "1 session(s) written by a newer mockterm" in " ".join(out.split())
