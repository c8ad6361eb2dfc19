"""Type a note; it is stamped with the time the dialog opened."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class NoteDialog(ModalScreen[str | None]):
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, stamp: str) -> None:
        super().__init__()
        self.stamp = stamp

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(f"Note at {self.stamp} [dim](Enter saves, Esc cancels)[/]")
            yield Input(placeholder="what happened, what to remember", id="note-input")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
