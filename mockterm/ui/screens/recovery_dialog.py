"""Offer a mock that a crash interrupted: keep it or discard it."""

from __future__ import annotations

from rich.text import Text

from mockterm.core.recovery import last_alive
from mockterm.core.sessions.store import SessionEntry
from mockterm.core.sessions.timer import format_clock
from mockterm.ui.screens.confirm_dialog import Choice, ConfirmDialog
from mockterm.ui.text import line


class RecoveryDialog(ConfirmDialog):
    """Answers True to keep the session (k, or Esc), False to discard it (d)."""

    def __init__(self, entry: SessionEntry) -> None:
        session = entry.session
        assert session is not None
        question = Text.assemble(
            ("A mock was interrupted", "bold"),
            " (mockterm was closed or crashed while it ran).\n",
            line(f"{session.round_title}: {session.prompt.title}"),
            "\n",
            f"started {session.started_at:%Y-%m-%d %H:%M} UTC, "
            f"ran {format_clock(last_alive(session))}, "
            f"{len(session.events)} events, {len(session.notes)} notes\n",
            line(entry.folder, "dim"),
        )
        super().__init__(
            question,
            yes=Choice("Keep", "k", "primary"),
            no=Choice("Discard", "d", "error"),
            escape=True,
        )
        self.entry = entry
