"""The hints given so far and the notes taken, beside the prompt (below it in coding rounds)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from mockterm.core.sessions.model import Event
from mockterm.core.sessions.timer import format_clock


class HintsNotes(Vertical):
    DEFAULT_CSS = "HintsNotes { height: auto; }"

    def compose(self) -> ComposeResult:
        yield Static("Hints [dim](h)[/]", classes="side-title")
        yield Static("[dim]none shown yet[/]", id="hints")
        yield Static("Notes [dim](a)[/]", classes="side-title", id="notes-title")
        yield Static("[dim]none yet[/]", id="notes")

    def show_hints(self, hints: Sequence[str]) -> None:
        text = Text()
        for i, line in enumerate(hints, 1):
            text.append(f"{i}. ", style="bold")
            text.append(f"{line}\n")
        self.query_one("#hints", Static).update(text or Text("none shown yet", style="dim"))

    def show_notes(self, notes: Iterable[Event]) -> None:
        lines = Text()
        for note in notes:
            lines.append(f"{format_clock(note.offset)} ", style="dim")
            lines.append(f"{note.text}\n")
        self.query_one("#notes", Static).update(lines)
