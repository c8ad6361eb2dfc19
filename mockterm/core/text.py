"""Untrusted text (a bank, notes, a session file, a program's output) on its way to a terminal
or an exported file: its control characters go, so an escape sequence hidden in it can never
retitle the window, set the clipboard (OSC 52) or clear the screen. Tabs and newlines stay."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def plain(text: str) -> str:
    """`text` without control characters (ESC, BEL, CR, the C1 controls...), tabs and newlines
    kept; a carriage return of a Windows line end becomes nothing, a lone one a newline."""
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
