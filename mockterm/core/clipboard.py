"""Copying text for the user: the system clipboard, else the terminal (OSC 52), else a file."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from mockterm.core.files import atomic_write
from mockterm.core.text import plain


@dataclass(frozen=True)
class CopyResult:
    method: str  # "clipboard", "terminal" or "file"
    message: str
    path: Path | None = None


def copy_text(
    text: str,
    *,
    terminal_copy: Callable[[str], None] | None = None,
    fallback_file: Path | None = None,
) -> CopyResult:
    """Copy `text` by the first method that works, and say which one was used.

    `terminal_copy` is the app's OSC 52 copy (works over SSH when the terminal allows it).
    The text may come from a bank: its control characters stay out of the clipboard, where a
    later paste into a terminal would run them.
    """
    text = plain(text)
    try:
        import pyperclip

        pyperclip.copy(text)
        return CopyResult("clipboard", "Copied to the clipboard.")
    except Exception:  # pyperclip raises its own errors, or anything its backends raise
        pass
    if terminal_copy is not None:
        try:
            terminal_copy(text)
            return CopyResult(
                "terminal",
                "Copied through the terminal (OSC 52); if pasting "
                "gives nothing, your terminal blocks it.",
            )
        except Exception:
            pass
    if fallback_file is not None:
        try:
            atomic_write(fallback_file, text.encode("utf-8"))  # private, like the session
            return CopyResult("file", f"No clipboard here; saved to {fallback_file}", fallback_file)
        except OSError as exc:
            return CopyResult("none", f"Could not copy or save: {exc.strerror or exc}")
    return CopyResult("none", "No clipboard available (install xclip or wl-clipboard).")


def osc52_supported(environ: Mapping[str, str] | None = None) -> bool:
    """False for terminals known to ignore OSC 52 (the Linux console, macOS Terminal), so the
    copy goes to a file the user can find instead of vanishing silently."""
    env = os.environ if environ is None else environ
    if env.get("TERM", "") in ("linux", "dumb"):
        return False
    return env.get("TERM_PROGRAM", "") != "Apple_Terminal"
