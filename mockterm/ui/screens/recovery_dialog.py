"""Offer a mock that a crash (or closing mockterm) interrupted: resume it, keep it as it is, or
discard it."""

from __future__ import annotations

from rich.text import Text

from mockterm.core.recovery import last_alive
from mockterm.core.sessions.store import SessionEntry
from mockterm.core.sessions.timer import format_clock
from mockterm.ui.screens.confirm_dialog import Choice, ChoiceDialog
from mockterm.ui.text import line

RESUME, KEEP, DISCARD = "resume", "keep", "discard"


class RecoveryDialog(ChoiceDialog[str]):
    """Answers RESUME (r), KEEP (k, or Esc: the safe answer) or DISCARD (d)."""

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
            "\n\nResume goes on from where it stopped (paused until you press space); "
            "Keep leaves it in your history as interrupted.",
        )
        super().__init__(
            question,
            [
                (Choice("Resume", "r", "success"), RESUME),
                (Choice("Keep", "k", "primary"), KEEP),
                (Choice("Discard", "d", "error"), DISCARD),
            ],
            escape=KEEP,
            ids=(RESUME, KEEP, DISCARD),
        )
        self.entry = entry
