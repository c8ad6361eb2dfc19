"""Offer a mock that a crash interrupted: keep it or discard it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from mockterm.core.sessions.store import SessionEntry
from mockterm.core.sessions.timer import format_clock


class RecoveryDialog(ModalScreen[bool]):
    """Answers True to keep the session, False to discard it."""

    BINDINGS = [
        Binding("k", "answer(True)", "Keep"),
        Binding("d", "answer(False)", "Discard"),
        Binding("escape", "answer(True)", "Keep"),
    ]

    def __init__(self, entry: SessionEntry) -> None:
        super().__init__()
        self.entry = entry

    def compose(self) -> ComposeResult:
        session = self.entry.session
        assert session is not None
        notes = len(session.notes)
        lasted = session.events[-1].offset if session.events else 0.0
        with Vertical(classes="dialog"):
            yield Static(
                "[b]A mock was interrupted[/b] (mockterm was closed or crashed while it ran)."
            )
            yield Static(
                f"{session.round_title}: {session.prompt.title}\n"
                f"started {session.started_at:%Y-%m-%d %H:%M} UTC, ran "
                f"{format_clock(lasted)}, {len(session.events)} events, {notes} notes\n"
                f"[dim]{self.entry.folder}[/]"
            )
            with Horizontal(classes="buttons"):
                yield Button("Keep (k)", variant="primary", id="keep")
                yield Button("Discard (d)", variant="error", id="discard")

    def on_mount(self) -> None:
        self.query_one("#keep", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "keep")

    def action_answer(self, keep: bool) -> None:
        self.dismiss(keep)
