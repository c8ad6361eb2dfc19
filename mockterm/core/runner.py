"""What lives while one mock runs, built and closed in one place: the MockSession, its
recording and live transcriber, and (coding rounds) the workspace and its test runner.

The app owns a MockRunner; screens and widgets only show what it holds. Its threads (audio,
Whisper, the session writer) never touch the UI: they call the `RunListener`, which posts
messages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from mockterm.core.config import Config
from mockterm.core.sessions.mock import MockSession

if TYPE_CHECKING:
    from mockterm.core.audio.live import SessionRecording


class RunListener(Protocol):
    """How a running mock reports to the UI; every method may be called from any thread."""

    def recording_line(self, text: str) -> None:
        """Live transcription finished a line."""

    def recording_level(self, level: float) -> None:
        """The input level (0..1), about ten times a second."""

    def recording_problem(self, text: str) -> None:
        """Recording or live transcription stopped working: why, and what to do."""

    def save_problem(self, text: str) -> None:
        """session.toml cannot be written ("" once it can again)."""

    def transcript_done(self, runner: MockRunner, table: dict[str, Any]) -> None:
        """The transcript finished after the mock (the `[transcript]` table)."""


class MockRunner:
    """One mock and what it needs while it runs."""

    def __init__(self, mock: MockSession, config: Config, listener: RunListener) -> None:
        self.mock = mock
        self.config = config
        self.listener = listener
        self.recording_asked = False
        self.recording_problem = ""
        """Why recording is off though it was asked for ("" when it runs)."""
        mock.on_save_problem = listener.save_problem

    @property
    def recording(self) -> SessionRecording | None:
        return self.mock.recording  # type: ignore[return-value]

    def start(self, *, record: bool) -> None:
        """Start the mock (SessionError when its folder cannot be made), then its recording."""
        self.mock.start()
        if record:
            self.recording_asked = True
            self.recording_problem = self._start_recording()

    def _start_recording(self) -> str:
        from mockterm.core.audio.live import SessionRecording  # only when recording is used

        assert self.mock.folder is not None
        listener = self.listener
        recording = SessionRecording.from_config(
            self.mock.folder,
            self.config,
            on_segment=lambda segment: listener.recording_line(segment.text),
            on_problem=listener.recording_problem,
            on_level=listener.recording_level,
        )
        return self.mock.try_recording(recording)

    def ended(self) -> None:
        """The mock is over (to its review, or abandoned): the transcript finishes in the
        background and is recorded in session.toml when it is ready."""
        recording = self.recording
        if recording is not None:
            recording.finish_in_background(lambda table: self.listener.transcript_done(self, table))

    def save_transcript(self, table: dict[str, Any]) -> None:
        """Record the finished transcript's `[transcript]` table (on the app's thread)."""
        self.mock.set_extra("transcript", table)

    def close(self) -> None:
        """The app quits: a mock still running stops recording and writes what it has; it is
        offered as interrupted at the next start."""
        if not self.mock.ended:
            self.mock.close()
