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
    # an export of it says so too: what only the newer mockterm knows is not in it
    code, out, err = run(capsys, "--sessions", str(tmp_path / "s"), "export", "20", "-o", "-")
    assert code == 0 and "# " in out
    assert "warning: 1 session(s) written by a newer mockterm" in err


def test_usage_errors_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    """No five-line usage block: the error and where the usage is, as every other error."""
    for args in (["bogus"], ["list", "--bogus"], ["start"]):
        with pytest.raises(SystemExit) as exc:
            main(args)
        assert exc.value.code == 2
        lines = capsys.readouterr().err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("mockterm: error: ")
        assert "--help`" in lines[0]


def test_global_options_after_the_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The README calls --bank and --sessions global: they work after the command too."""
    code, out, _ = run(capsys, "bank", "list", "demo", "--bank", str(TEST_BANK))
    assert code == 0 and "demo-feed" in out
    root = tmp_path / "s"
    _ended_mock(root)
    code, out, _ = run(capsys, "list", "--sessions", str(root))
    assert code == 0 and "Design a feed" in out
    code, out, _ = run(capsys, "--bank", str(TEST_BANK), "bank", "--bank", str(root), "list")
    assert code == 0 and "demo_levels" in out  # one before, one after: both kept


def test_list_names_each_session_newest_first_with_review_figures(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The name `review`/`export`/`transcribe` take, newest first (as Review), an overrun for a
    completed mock under plan too, and none for one stopped early."""
    from dataclasses import replace

    from mockterm.core.sessions.model import PhaseRecord
    from mockterm.core.sessions.session_file import read_session, write_session

    root = tmp_path / "s"
    first = _ended_mock(root)
    second = root / ("20990101T000000Z" + first.name[16:])
    second.mkdir()
    session = read_session(first)
    phases = tuple(
        PhaseRecord(p.name, p.planned_seconds, p.planned_seconds - 10.4) for p in session.phases
    )
    write_session(second, replace(session, status="completed", phases=phases))
    code, out, _ = run(capsys, "--sessions", str(root), "list")
    assert code == 0
    rows = [line for line in out.splitlines() if "Design a feed" in line]
    assert rows[0].split()[0] == "20990101T000000Z"  # newest first, its name
    assert rows[1].split()[0] == first.name[:16]
    # each phase's whole seconds, as Review shows them: 49.6 s of 60 is 0:49, 11 s under
    assert f"-0:{11 * len(phases):02d}" in rows[0] and "—" in rows[1]
    code, out, _ = run(capsys, "--sessions", str(root), "export", rows[1].split()[0])
    assert code == 0


def test_a_session_name_that_names_none_is_bad_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _ended_mock(tmp_path / "s")
    for command in ("review", "export", "transcribe"):
        code, _, err = run(capsys, "--sessions", str(tmp_path / "s"), command, "nosuch")
        assert code == 2 and err.count("\n") == 1 and "no session 'nosuch'" in err


def test_transcribe_without_a_recording_says_so_not_the_model(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = _ended_mock(tmp_path / "s")
    code, _, err = run(capsys, "--sessions", str(tmp_path / "s"), "transcribe", folder.name)
    assert code == 2 and err.count("\n") == 1
    assert "has no recording" in err and "Whisper" not in err and "model" not in err


def test_doctor_does_not_fail_on_what_only_recording_needs(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Recording is off: a missing model is a note, not a failure; the fix names the Python
    mockterm runs on, not a bare `python`."""
    from mockterm.cli import audio
    from mockterm.cli.common import CommandError

    def no_model(model: str, settings: object) -> str:
        raise CommandError(f"{model!r} is not downloaded yet")

    monkeypatch.setattr(audio, "_model", no_model)
    monkeypatch.setattr(audio, "_portaudio", lambda: "PortAudio 19")
    monkeypatch.setattr(audio, "_input_device", lambda settings: "default")
    monkeypatch.setattr(audio, "_clipboard", lambda: "works")
    code, out, _ = run(capsys, "--sessions", str(tmp_path / "s"), "doctor")
    assert code == 0
    assert "--  Whisper model" in out and "needed only for recording" in " ".join(out.split())
    code, out, _ = run(capsys, "--sessions", str(tmp_path / "s"), "doctor", "--model", "tiny.en")
    assert code == 1 and "FIX Whisper model" in out


def test_delete_asks_then_deletes_the_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A mock started by mistake can go, recordings and all; without a terminal it needs
    --yes; n keeps it."""
    root = tmp_path / "s"
    folder = _ended_mock(root)
    (folder / "audio.wav").write_bytes(b"RIFF")
    code, _, err = run(capsys, "--sessions", str(root), "delete", folder.name[:16])
    assert code == 2 and "--yes" in err and folder.exists()  # pytest's stdin is no terminal
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda question: "n")
    code, out, _ = run(capsys, "--sessions", str(root), "delete", folder.name[:16])
    assert code == 0 and "Kept" in out and folder.exists()
    asked: list[str] = []
    monkeypatch.setattr("builtins.input", lambda question: asked.append(question) or "y")
    code, out, _ = run(capsys, "--sessions", str(root), "delete", folder.name[:16])
    assert code == 0 and not folder.exists() and "Deleted" in out
    assert "Design a feed" in asked[0] and "recordings included" in asked[0]
    code, out, _ = run(capsys, "--sessions", str(root), "list")
    assert "Design a feed" not in out
    code, _, err = run(capsys, "--sessions", str(root), "delete", "nosuch", "--yes")
    assert code == 2 and "no session 'nosuch'" in err


def test_what_c_libraries_print_while_the_app_runs_goes_to_a_log(tmp_path: Path) -> None:
    """ALSA, PortAudio and PulseAudio write their errors to file descriptor 2, over the screen;
    while the app runs that goes to a log, and the app still draws on the terminal."""
    import subprocess
    import sys

    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from mockterm.cli.terminal import c_stderr_to\n"
        "with c_stderr_to(Path(sys.argv[1])):\n"
        "    os.write(2, b'ALSA lib pcm.c:8545: underrun occurred\\n')\n"
        "    sys.__stderr__.write('drawn by the app\\n')\n"
        "    sys.__stderr__.flush()\n"
        "os.write(2, b'after the app\\n')\n"
    )
    log = tmp_path / "cache" / "stderr.log"
    done = subprocess.run(
        [sys.executable, "-c", script, str(log)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == "drawn by the app\nafter the app\n"
    assert log.read_text() == "ALSA lib pcm.c:8545: underrun occurred\n"
    assert log.stat().st_mode & 0o777 == 0o600


def test_a_round_in_a_broken_bank_file_names_that_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`start ROUND` whose bank file was left out for a typo says so, not only 'no round'."""
    broken = tmp_path / "mine.toml"
    broken.write_text('[round]\nid = "mine"\ntitle = "Mine\n')
    code, _, err = run(capsys, "--bank", str(broken), "start", "mine")
    assert code == 2 and "no round type 'mine'" in err
    assert f"mockterm bank validate {broken}" in err and err.count("\n") == 1


def test_bank_show_of_a_prompt_without_tags_has_no_stray_stars(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bank = tmp_path / "plain.toml"
    bank.write_text(
        '[round]\nid = "plain"\ntitle = "Plain"\nminutes = 1\n'
        '[[round.phases]]\nname = "Answer"\nminutes = 1\n\n'
        '[[prompts]]\nid = "p1"\ntitle = "A question"\ntext = "Why?"\ndifficulty = "easy"\n'
    )
    code, out, err = run(capsys, "--bank", str(bank), "bank", "show", "p1")
    assert code == 0 and not err, err
    assert "p1 · plain · easy" in out and "*" not in out
