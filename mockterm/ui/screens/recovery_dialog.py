"""Offer a mock that a crash (or closing mockterm) interrupted: resume it, keep it as it is, or
discard it."""

from __future__ import annotations

from collections.abc import Mapping

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
            f"{len(session.events)} events, {len(session.notes)} notes",
            _recording(session.extra.get("audio")),
            "\n",
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


def _recording(audio: object) -> str:
    """What became of the mock's recording (`recover_audio` has made it whole), if it had one."""
    if not isinstance(audio, Mapping):
        return ""
    if audio.get("status") == "damaged":
        return "; its audio could not be repaired (the file is left as it is)"
    seconds = audio.get("seconds")
    if isinstance(seconds, float | int) and not isinstance(seconds, bool):
        return f"; its recording is kept: {format_clock(seconds)} of audio"
    return ""
