"""Untrusted text (a bank, notes, a session file, a transcript, a program's output) on its way to
a terminal or an exported file: its control characters go, so an escape sequence hidden in it can
never retitle the window, set the clipboard (OSC 52) or clear the screen, and neither do the
bidirectional overrides that make text read otherwise than it is stored. Tabs and newlines stay.

Readers of untrusted files apply `plain` as they build their objects (`plain_data` on parsed
TOML or JSON), so what reaches a screen or an export is clean; messages that carry a path or a
name from outside (an error line, a toast) get it where they are printed. Markup is another
matter: it is escaped where Rich or Textual draws the text (see `mockterm.ui.text`).
"""

from __future__ import annotations

import re
from typing import Any

# C0 controls but tab and newline, DEL, the C1 controls; the bidi embeddings, overrides and
# isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): the "Trojan Source" set. The marks (LRM,
# RLM, ALM) stay: they change no order on their own and right-to-left text needs them.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def plain(text: str) -> str:
    """`text` without control characters (ESC, BEL, CR, the C1 controls...) or bidi overrides,
    tabs and newlines kept; a carriage return of a Windows line end becomes nothing, a lone one
    a newline."""
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


# a whole escape sequence (CSI, as `ESC [ 31 m` or C1 CSI; OSC, ended by BEL or ST; a two-byte
# ESC x): pasted terminal output keeps no "[31m" behind when its ESC goes
_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[@-Z\\-_]"
)


def without_escapes(text: str) -> str:
    """`plain(text)` with each escape sequence gone whole, not only its ESC: for text written
    into a file (an import of notes pasted from a terminal) rather than only shown."""
    return plain(_SEQUENCE.sub("", text))


def is_plain(text: str) -> bool:
    """Whether `plain` would leave `text` as it is (one look at a long text, or many joined)."""
    return not _CONTROL.search(text)


def plain_data(value: Any) -> Any:
    """Parsed TOML or JSON with `plain` applied to every string in it, keys too."""
    if isinstance(value, str):
        return plain(value)
    if isinstance(value, dict):
        return {plain(str(k)): plain_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain_data(v) for v in value]
    return value


def one_line(text: str) -> str:
    """`plain(text)` with every run of whitespace (newlines too) as one space: a title in a
    table row or a list stays on its line."""
    return " ".join(plain(text).split())
