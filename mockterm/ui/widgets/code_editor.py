"""The code editor of a coding mock: Textual's TextArea with Python highlighting, saved to the
workspace a moment after each change, and Escape to leave it (the session's keys work again)."""

from __future__ import annotations

import ast
import re

from textual import events
from textual.binding import Binding
from textual.widgets import TextArea

_ENDS_BLOCK = re.compile(r"^(return|pass|break|continue|raise)\b")
SAVE_DELAY = 0.8
"""Seconds after the last keystroke before the code is saved (each save is in the history)."""


def uses_tabs(text: str) -> bool:
    """Whether a file indents with tabs (another editor wrote it so): keep its style."""
    indents = [line[0] for line in text.splitlines() if line[:1] in ("\t", " ")]
    return indents.count("\t") > len(indents) // 2 if indents else False


def language_of(name: str) -> str | None:
    """The highlighting for a file, by its extension (None: plain text)."""
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return {"py": "python", "md": "markdown", "toml": "toml", "json": "json"}.get(suffix)


def syntax_problem(text: str) -> str:
    """'line N: message' when `text` does not parse as Python, else ''."""
    try:
        ast.parse(text)
    except SyntaxError as exc:
        return f"line {exc.lineno or '?'}: {exc.msg}"
    except (ValueError, RecursionError) as exc:  # null bytes, absurd nesting
        return str(exc)
    return ""


class CodeEditor(TextArea):
    """Python, line numbers, 4-space indents (or tabs, if the file has them), soft undo."""

    BINDINGS = [Binding("escape", "leave", "Leave editor", show=True)]

    def __init__(
        self, text: str, *, language: str | None = "python", id: str | None = None
    ) -> None:
        super().__init__(
            text,
            language=language,
            soft_wrap=False,
            tab_behavior="indent",
            show_line_numbers=True,
            id=id,
        )
        self.indent_type = "tabs" if uses_tabs(text) else "spaces"
        self.indent_width = 4

    @property
    def _indent_unit(self) -> str:
        return "\t" if self.indent_type == "tabs" else " " * self.indent_width

    async def _on_key(self, event: events.Key) -> None:
        """Enter keeps the line's indentation: one level deeper after a colon, one level
        shallower after return, pass, break, continue or raise."""
        if event.key == "enter" and not self.read_only:
            event.stop()
            event.prevent_default()
            row, column = self.cursor_location
            before = self.document.get_line(row)[:column]
            indent = before[: len(before) - len(before.lstrip())]
            statement = before.strip()
            if statement.endswith(":"):
                indent += self._indent_unit
            elif _ENDS_BLOCK.match(statement) and indent:
                unit = self._indent_unit
                indent = indent[: -len(unit)] if indent.endswith(unit) else indent[:-1]
            self.insert("\n" + indent)
            return
        await super()._on_key(event)

    def action_delete_left(self) -> None:
        """Backspace in leading spaces goes back one indent level, as code editors do."""
        row, column = self.cursor_location
        before = self.document.get_line(row)[:column]
        if self.selection.is_empty and before and before.strip(" ") == "" and column > 1:
            width = (column - 1) % self.indent_width + 1
            self.delete((row, column - width), (row, column))
            return
        super().action_delete_left()

    def load_file(self, name: str, text: str) -> None:
        """Show another file of the code, highlighted by its kind."""
        self.load_text(text)
        self.language = language_of(name)
        self.indent_type = "tabs" if uses_tabs(text) else "spaces"

    def replace_text(self, text: str) -> None:
        """Another editor changed the file: show its text, keeping the cursor where it was."""
        row, column = self.cursor_location
        self.load_text(text)
        self.indent_type = "tabs" if uses_tabs(text) else "spaces"
        last = max(self.document.line_count - 1, 0)
        row = min(row, last)
        self.cursor_location = (row, min(column, len(self.document.get_line(row))))

    def action_leave(self) -> None:
        self.screen.focus_next()
