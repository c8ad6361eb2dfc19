"""The user's own editor ($VISUAL, else $EDITOR), run with the app suspended: for a coding
round's solution, or a notes file at the line a question came from."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from pathlib import Path

from textual.app import App

_GOTO_STYLE = {"code": "-g", "code-insiders": "-g", "codium": "-g", "subl": "", "zed": ""}
"""Editors that take `FILE:LINE` (after this option) instead of vi's and nano's `+LINE FILE`."""

NO_EDITOR = "Set $VISUAL or $EDITOR (e.g. export EDITOR=vim) to open files in your own editor."


def editor() -> str:
    return os.environ.get("VISUAL") or os.environ.get("EDITOR") or ""


def edit_command(command: str, path: Path, line: int = 0) -> list[str]:
    """The command line that opens `path` (at `line` when given) in `command`."""
    words = shlex.split(command)
    if not line:
        return [*words, str(path)]
    name = Path(words[0]).name if words else ""
    if name in _GOTO_STYLE:
        option = _GOTO_STYLE[name]
        return [*words, *([option] if option else []), f"{path}:{line}"]
    return [*words, f"+{line}", str(path)]


def open_in_editor(app: App[object], path: Path, line: int = 0) -> str:
    """Edit `path` with the app suspended; "" when the editor ran, else one line saying why not."""
    command = editor()
    if not command:
        return NO_EDITOR
    try:
        words = edit_command(command, path, line)
    except ValueError as exc:  # an unclosed quote in $EDITOR
        return f"Could not read $EDITOR {command!r}: {exc}"
    if shutil.which(words[0]) is None:
        return f"Could not run {command!r}: no such program. {NO_EDITOR}"
    if not path.exists():
        return f"Could not open {path}: it is not there any more (moved or deleted?)"
    problem = ""
    try:
        with app.suspend():
            # caught inside: Textual takes the terminal back only when this block ends normally
            # (an error raised through it left the app suspended, the screen blank)
            try:
                subprocess.run(words, check=False)
            except OSError as exc:
                problem = f"Could not run {command!r}: {exc.strerror or exc}"
    except Exception as exc:  # no terminal to hand over (SuspendNotSupported): one line
        return f"Could not open an editor here: {exc}"
    return problem
