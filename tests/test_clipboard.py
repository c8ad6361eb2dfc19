"""Copying: the system clipboard, else the terminal (OSC 52), else a file; each branch says so."""

from __future__ import annotations

from pathlib import Path

import pyperclip
import pytest

from mockterm.core.clipboard import copy_text, osc52_supported


@pytest.fixture
def no_pyperclip(monkeypatch: pytest.MonkeyPatch) -> None:
    """pyperclip on a headless machine: no copy mechanism."""

    def fail(text: str) -> None:
        raise pyperclip.PyperclipException("could not find a copy/paste mechanism")

    monkeypatch.setattr(pyperclip, "copy", fail)


def test_pyperclip_first(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    copied: list[str] = []
    terminal: list[str] = []
    monkeypatch.setattr(pyperclip, "copy", copied.append)
    result = copy_text("hello", terminal_copy=terminal.append, fallback_file=tmp_path / "x.md")
    assert (result.method, copied, terminal) == ("clipboard", ["hello"], [])
    assert "clipboard" in result.message
    assert not (tmp_path / "x.md").exists()


@pytest.mark.usefixtures("no_pyperclip")
def test_terminal_when_pyperclip_has_no_backend(tmp_path: Path) -> None:
    terminal: list[str] = []
    result = copy_text("hello", terminal_copy=terminal.append, fallback_file=tmp_path / "x.md")
    assert (result.method, terminal) == ("terminal", ["hello"])
    assert "OSC 52" in result.message
    assert not (tmp_path / "x.md").exists()


@pytest.mark.usefixtures("no_pyperclip")
@pytest.mark.parametrize("terminal", ["none", "fails"])
def test_file_when_neither_works(tmp_path: Path, terminal: str) -> None:
    def broken(text: str) -> None:
        raise OSError("no terminal")

    target = tmp_path / "prompt.md"
    result = copy_text(
        "hello", terminal_copy=broken if terminal == "fails" else None, fallback_file=target
    )
    assert (result.method, result.path) == ("file", target)
    assert str(target) in result.message
    assert target.read_text() == "hello"


@pytest.mark.usefixtures("no_pyperclip")
def test_nothing_works(tmp_path: Path) -> None:
    result = copy_text("hello", fallback_file=tmp_path / "missing" / "prompt.md")
    assert result.method == "none" and "Could not copy or save" in result.message
    assert copy_text("hello").method == "none"


@pytest.mark.parametrize(
    ("environ", "supported"),
    [
        ({"TERM": "xterm-256color"}, True),
        ({"TERM": "tmux-256color", "TERM_PROGRAM": "tmux"}, True),
        ({"TERM": "linux"}, False),
        ({"TERM": "dumb"}, False),
        ({"TERM": "xterm-256color", "TERM_PROGRAM": "Apple_Terminal"}, False),
    ],
)
def test_osc52_supported(environ: dict[str, str], supported: bool) -> None:
    assert osc52_supported(environ) is supported
