"""What a running mock reports from its threads (the RunListener of MockRunner): each report
is posted to the app as a message, then shown on the app's thread as a toast or on the
recording line."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.message import Message

from mockterm.core.sessions.errors import SessionError

if TYPE_CHECKING:
    from textual.app import App

    from mockterm.core.runner import MockRunner
    from mockterm.ui.widgets.recording_status import RecordingStatus


# messages written out, not dataclasses: the app imports this module to open, and making a
# dataclass costs about a millisecond each


class _Text(Message):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class RecordingLine(_Text):
    """What the recording line says now (level, REC clock, transcription)."""


class RecordingProblem(_Text):
    """The recording stopped or failed: a toast."""


class SaveProblem(_Text):
    """The session could not be saved: a toast."""


class TranscriptDone(Message):
    def __init__(self, runner: MockRunner, table: dict[str, Any]) -> None:
        super().__init__()
        self.runner = runner
        self.table = table


if TYPE_CHECKING:
    _App = App[int]
else:
    _App = object  # a mixin: MocktermApp brings the App


class RunReports(_App):
    """The app's side of a running mock's reports (a mixin of MocktermApp)."""

    def recording_line(self, text: str) -> None:
        self.post_message(RecordingLine(text))

    def recording_problem(self, text: str) -> None:
        self.post_message(RecordingProblem(text))

    def save_problem(self, text: str) -> None:
        self.post_message(SaveProblem(text))

    def transcript_done(self, runner: MockRunner, table: dict[str, Any]) -> None:
        self.post_message(TranscriptDone(runner, table))

    def _recording_status(self) -> RecordingStatus | None:
        from mockterm.ui.widgets.recording_status import RecordingStatus

        for screen in reversed(self.screen_stack):
            found = screen.query(RecordingStatus)
            if found:
                status: RecordingStatus = found.first(RecordingStatus)
                return status
        return None

    def on_recording_line(self, message: RecordingLine) -> None:
        if status := self._recording_status():
            status.show_line(message.text)

    def on_recording_problem(self, message: RecordingProblem) -> None:
        self.notify(message.text, severity="warning", timeout=10, markup=False)
        if status := self._recording_status():
            status.show_problem(message.text)

    def on_save_problem(self, message: SaveProblem) -> None:
        if message.text:
            self.notify(
                f"Saving fails: {message.text}. The mock goes on; the last saved state is kept.",
                severity="error",
                timeout=20,
                markup=False,
            )
        else:
            self.notify("Saving works again.", timeout=5)

    def on_transcript_done(self, message: TranscriptDone) -> None:
        table, runner = message.table, message.runner
        try:
            runner.save_transcript(table)
        except SessionError as exc:
            self.notify(
                f"Could not save the transcript status: {exc}", severity="error", markup=False
            )
            return
        if table.get("status") == "done":
            self.notify(
                f"Transcript ready: {table.get('segments', 0)} lines in {runner.mock.folder}"
            )
        else:
            reason = table.get("error") or "no transcript"
            self.notify(
                f"{reason}. The audio is saved; `mockterm transcribe --pending` does it later.",
                severity="warning",
                timeout=15,
                markup=False,
            )
