"""The recording line of the session screen: level, recording time, the last line transcribed.

It starts the mock's recording when recording is on, and says in one line why when it cannot.
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from rich.text import Text
from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Static

from mockterm.core.sessions.mock import MockSession
from mockterm.core.sessions.timer import format_clock
from mockterm.ui.widgets.level_meter import LevelMeter

if TYPE_CHECKING:
    from mockterm.core.audio.live import SessionRecording
    from mockterm.ui.app import MocktermApp


class RecordingStatus(Horizontal):
    """Hidden unless recording was asked for; then `● REC m:ss [level] last line...`."""

    DEFAULT_CSS = """
    RecordingStatus { height: 1; margin: 0 1; display: none; }
    RecordingStatus.-on { display: block; }
    RecordingStatus #rec-time { width: auto; margin-right: 1; }
    RecordingStatus LevelMeter { margin-right: 2; }
    RecordingStatus #rec-line { width: 1fr; height: 1; color: $text-muted; }
    """

    @dataclass
    class Transcribed(Message):
        """Live transcription finished a line."""

        text: str

    @dataclass
    class Problem(Message):
        """Recording or live transcription stopped working; `text` says why and what to do."""

        text: str

    def __init__(self, mock: MockSession, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.mock = mock
        self.problem = ""

    def compose(self) -> ComposeResult:
        yield Static(id="rec-time")
        yield LevelMeter()
        yield Static(id="rec-line")

    @property
    def mockterm(self) -> MocktermApp:
        return cast("MocktermApp", self.app)

    @property
    def recording(self) -> SessionRecording | None:
        return cast("SessionRecording | None", self.mock.recording)

    def on_mount(self) -> None:
        if not getattr(self.mockterm, "record", False) or self.mock.folder is None:
            return
        self.add_class("-on")
        self._start()
        self.refresh_time()
        self.set_interval(0.5, self.refresh_time)

    def _start(self) -> None:
        from mockterm.core.audio.live import SessionRecording
        from mockterm.core.audio.recorder import AudioError

        config = self.mockterm.settings.config
        assert self.mock.folder is not None
        recording = SessionRecording(
            self.mock.folder,
            device=config.input_device or None,
            model=config.whisper_model,
            whisper_device=config.whisper_device,
            live=config.live_transcription,
            on_segment=lambda s: self.post_message(self.Transcribed(s.text)),
            on_problem=lambda text: self.post_message(self.Problem(text)),
            on_level=lambda level: self.post_message(LevelMeter.Level(level)),
        )
        try:
            self.mock.attach_recording(recording)
        except AudioError as exc:
            self._show_problem(str(exc))
        except Exception as exc:  # whatever audio does, the mock goes on without it
            self._show_problem(f"recording is off: {exc}; see `mockterm doctor`")

    def _show_problem(self, text: str) -> None:
        self.problem = text
        self.notify(text, severity="error", timeout=15, markup=False)
        self.query_one("#rec-time", Static).update(Text("not recording", style="bold"))
        self.query_one("#rec-line", Static).update(Text(text))

    def refresh_time(self) -> None:
        recording = self.recording
        if recording is None:
            return
        recorder = recording.recorder
        if recording.status != "recording":
            label = Text("■ stopped ", style="bold")
        elif recorder.paused:
            label = Text("❚❚ paused ", style="bold yellow")
        else:
            label = Text("● REC ", style="bold red")
        label.append(format_clock(recorder.seconds))
        self.query_one("#rec-time", Static).update(label)

    def on_level_meter_level(self, message: LevelMeter.Level) -> None:
        self.query_one(LevelMeter).level = message.level

    def on_recording_status_transcribed(self, message: Transcribed) -> None:
        self.query_one("#rec-line", Static).update(Text(f"“{message.text}”"))

    def on_recording_status_problem(self, message: Problem) -> None:
        self.notify(message.text, severity="warning", timeout=10, markup=False)
        if not self.problem:
            self.query_one("#rec-line", Static).update(Text(message.text))

    def on_unmount(self) -> None:
        recording = self.recording
        if recording is None:
            return
        if self.mock.ended:
            # on to the End screen (or Home): the transcript finishes in the background
            finish_transcript(self.app, self.mock)
        else:
            # the app quits mid-mock: stop the capture; what was written is kept and recovered
            recording.close()


def finish_transcript(app: App[Any], mock: MockSession) -> None:
    """After the mock ended: wait for the transcript in a thread, then record it in session.toml
    and tell the user. A plain daemon thread, so quitting never waits for Whisper (the transcript
    is then left pending for `mockterm transcribe --pending`)."""
    recording = cast("SessionRecording | None", mock.recording)
    if recording is None or recording.status == "off":
        return

    def saved(table: dict[str, Any]) -> None:
        try:
            mock.set_extra("transcript", table)
        except Exception as exc:
            app.notify(f"Could not save the transcript status: {exc}", severity="error")
            return
        if table.get("status") == "done":
            app.notify(f"Transcript ready: {table.get('segments', 0)} lines in {mock.folder}")
        else:
            reason = table.get("error") or "no transcript"
            app.notify(
                f"{reason}. The audio is saved; `mockterm transcribe --pending` does it later.",
                severity="warning",
                timeout=15,
                markup=False,
            )

    def wait() -> None:
        table = recording.finish_transcript()
        with contextlib.suppress(RuntimeError):  # the app has quit
            app.call_from_thread(saved, table)

    threading.Thread(target=wait, name="mockterm-transcript", daemon=True).start()
