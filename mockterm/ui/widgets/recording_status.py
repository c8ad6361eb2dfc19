"""The recording line of the session screen: level, recording time, the last line transcribed.

It shows the runner's recording (the app builds and closes it), or why recording is off.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static

from mockterm.core.runner import MockRunner
from mockterm.core.sessions.timer import format_clock
from mockterm.ui.widgets.level_meter import LevelMeter


class RecordingStatus(Horizontal):
    """Hidden unless recording was asked for; then `● REC m:ss [level] last line...`."""

    DEFAULT_CSS = """
    RecordingStatus { height: 1; margin: 0 1; display: none; }
    RecordingStatus.-on { display: block; }
    RecordingStatus #rec-time { width: auto; margin-right: 1; }
    RecordingStatus LevelMeter { margin-right: 2; }
    RecordingStatus #rec-line { width: 1fr; height: 1; color: $text-muted; }
    """

    def __init__(self, runner: MockRunner, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.runner = runner
        self.problem = runner.recording_problem
        self._shown = ""
        """The recording clock's text on screen: it is drawn again only when it changes."""

    def compose(self) -> ComposeResult:
        yield Static(id="rec-time")
        yield LevelMeter()
        yield Static(id="rec-line")

    def on_mount(self) -> None:
        if not self.runner.recording_asked:
            return
        self.add_class("-on")
        if self.problem:
            self.query_one("#rec-time", Static).update(Text("not recording", style="bold"))
            self.query_one("#rec-line", Static).update(Text(self.problem))
            return
        self.refresh_recording()

    def refresh_recording(self) -> None:
        """Show the level and the recording time. The session screen calls this on its clock's
        tick (4 Hz), so the meter, the REC clock and the countdown change in one frame; each
        repaints only when what it shows changed."""
        recording = self.runner.recording
        if recording is None or not self.runner.recording_asked or self.problem:
            return
        recorder = recording.recorder
        self.query_one(LevelMeter).level = recorder.peak_level()
        if recording.status != "recording":
            label = Text("■ stopped ", style="bold")
        elif recorder.paused:
            label = Text("❚❚ paused ", style="bold yellow")
        else:
            label = Text("● REC ", style="bold red")
        label.append(format_clock(recorder.seconds))
        if label.plain != self._shown:
            # a new width (9:59 to 10:00, REC to paused) is the only reason to lay out again
            width_changed = len(label.plain) != len(self._shown)
            self._shown = label.plain
            self.query_one("#rec-time", Static).update(label, layout=width_changed)

    def show_line(self, text: str) -> None:
        self.query_one("#rec-line", Static).update(Text(f"“{text}”"))

    def show_problem(self, text: str) -> None:
        if not self.problem:
            self.query_one("#rec-line", Static).update(Text(text))
