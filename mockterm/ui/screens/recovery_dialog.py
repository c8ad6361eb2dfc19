"""Offer a mock that a crash interrupted: keep it or discard it."""

from __future__ import annotations

from rich.text import Text

from mockterm.core.sessions.store import SessionEntry
from mockterm.core.sessions.timer import format_clock
from mockterm.ui.screens.confirm_dialog import Choice, ConfirmDialog


class RecoveryDialog(ConfirmDialog):
    """Answers True to keep the session (k, or Esc), False to discard it (d)."""

    def __init__(self, entry: SessionEntry) -> None:
        session = entry.session
        assert session is not None
        lasted = session.events[-1].offset if session.events else 0.0
        question = Text.assemble(
            ("A mock was interrupted", "bold"),
            " (mockterm was closed or crashed while it ran).\n",
            f"{session.round_title}: {session.prompt.title}\n",
            f"started {session.started_at:%Y-%m-%d %H:%M} UTC, ran {format_clock(lasted)}, "
            f"{len(session.events)} events, {len(session.notes)} notes\n",
            (str(entry.folder), "dim"),
        )
        super().__init__(
            question,
            yes=Choice("Keep", "k", "primary"),
            no=Choice("Discard", "d", "error"),
            escape=True,
        )
        self.entry = entry
