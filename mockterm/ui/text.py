"""Untrusted words (a bank's, a session file's, a folder's name) drawn by Rich or Textual: as
Text, never parsed as markup, and without control characters (`mockterm.core.text.plain`).

A string handed to a Rich table, `Console.print`, a DataTable cell, a Static or a toast is read
as markup: `[/INST]` in a prompt's title then raises MarkupError and `[link=...]` makes a link.
The screens and the commands pass such words through `text` (or build a Text themselves)."""

from __future__ import annotations

from rich.markup import escape
from rich.text import Text

from mockterm.core.text import one_line, plain


def text(value: object, style: str = "") -> Text:
    """`value` as a Text: drawn as it is, never as markup."""
    return Text(plain(str(value)), style=style)


def line(value: object, style: str = "") -> Text:
    """`value` as a one-line Text (a title in a table row, a list item)."""
    return Text(one_line(str(value)), style=style)


def markup(value: object) -> str:
    """`value` escaped for a place that only takes markup (a string joined into markup)."""
    return escape(plain(str(value)))
