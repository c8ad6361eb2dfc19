"""One past session: the transcript by phase (notes, hints, follow-ups and checkpoints at their
times), playback from any line, the insights, and the self-review to edit."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static, TabbedContent, TabPane
from textual.widgets.option_list import Option

from mockterm.core.audio.playback import JUMP_SECONDS, PlaybackError, Player
from mockterm.core.audio.transcription import audio_path
from mockterm.core.review.export import Review, load_review
from mockterm.core.review.sections import TranscriptLine, heading, review_sections
from mockterm.core.review.timeline import audio_offset
from mockterm.core.sessions.model import SessionError
from mockterm.core.sessions.timer import format_clock
from mockterm.ui import review_rich
from mockterm.ui.widgets.code_review import CodeMoments, TestTimeline
from mockterm.ui.widgets.footer import Footer

if TYPE_CHECKING:
    from mockterm.ui.app import MocktermApp

LEAD_IN = 1.0
"""Playing from a silence starts this much before it, so the last words lead into it."""


class SessionDetailScreen(Screen[None]):
    BINDINGS = [
        Binding("space", "toggle_play", "Play/pause"),
        Binding("left", "jump(-1)", "-10 s"),
        Binding("right", "jump(1)", "+10 s"),
        Binding("e", "edit_review", "Edit review"),
        Binding("x", "export('md')", "Export"),
        Binding("j", "export('json')", "JSON", show=False),
        Binding("t", "transcribe", "Transcribe"),
        Binding("c", "compare", "Compare"),
        Binding("escape", "back", "Back"),
    ]

    @dataclass
    class Transcribed(Message):
        """The transcription worker finished: the session read again, or why it failed."""

        review: Review | None
        error: str = ""

    @dataclass
    class Progress(Message):
        done: float
        total: float

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, SessionDetailScreen.Progress)

    def __init__(self, review: Review) -> None:
        super().__init__()
        self.folder = review.folder
        self.review = review
        self.spots: list[TranscriptLine | None] = []
        """What each row of the transcript list plays from (None: a row that does not play)."""
        self.player: Player | None = None
        self.transcribing = False
        self._following = -1

    @property
    def mockterm(self) -> MocktermApp:
        return cast("MocktermApp", self.app)

    # --- layout ---------------------------------------------------------------------------------

    def palette_commands(self) -> Iterable[SystemCommand]:
        return [
            SystemCommand(
                "Session: export Markdown", "review.md in the session folder", self.action_export
            ),
            SystemCommand(
                "Session: edit the self-review", "Scores, notes and grade", self.action_edit_review
            ),
            *(
                [
                    SystemCommand(
                        "Session: transcribe now",
                        "Transcribe the recording with Whisper",
                        self.action_transcribe,
                    )
                ]
                if self._can_transcribe()
                else []
            ),
            SystemCommand(
                "Session: compare attempts", "Every session of this prompt", self.action_compare
            ),
        ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(review_rich.title(heading(self.review.session)), id="detail-title")
        with TabbedContent(id="detail-tabs"):
            with TabPane("Transcript", id="tab-transcript"):
                yield OptionList(id="transcript")
                yield Static(self._playback_line(), id="playback")
            with TabPane("Insights", id="tab-insights"), VerticalScroll():
                yield Static(id="insights")
            if self.review.code is not None:
                with TabPane("Code", id="tab-code"):
                    yield CodeMoments(self.review.code, id="code-moments-pane")
                with TabPane("Tests", id="tab-tests"):
                    yield TestTimeline(self.review.code, id="test-timeline")
            with TabPane("Review", id="tab-review"), VerticalScroll():
                yield Static(id="self-review")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Session"
        self.fill()
        self.set_interval(0.25, self.follow)
        self.query_one("#transcript", OptionList).focus()

    def on_unmount(self) -> None:
        self.stop_playback()

    def on_screen_suspend(self) -> None:
        self.stop_playback()

    def fill(self) -> None:
        """(Re)draw everything from `self.review`."""
        sections = review_sections(self.review)
        self.query_one("#detail-title", Static).update(review_rich.title(sections.heading))
        rows = review_rich.transcript(sections)
        if sections.transcript_problem is not None:
            reason = sections.transcript_problem or (
                "No transcript yet: t transcribes the recording."
                if self._audio() is not None
                else "No recording, so no transcript: the notes and events are below."
            )
            rows.insert(0, (Text(reason, "yellow"), None))
        listing = self.query_one("#transcript", OptionList)
        listing.clear_options()
        listing.add_options(Option(text, disabled=line is None) for text, line in rows)
        self.spots = [line for _, line in rows]
        first = next((i for i, s in enumerate(self.spots) if s is not None), None)
        if first is not None:
            listing.highlighted = first
        self.query_one("#insights", Static).update(review_rich.insights(sections))
        self.query_one("#self-review", Static).update(review_rich.reviews(sections, self.folder))
        self.query_one("#playback", Static).update(self._playback_line())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Playing and transcribing need a recording: without one their keys are not offered."""
        if action in ("toggle_play", "jump"):
            return self._audio() is not None
        if action == "transcribe":
            return self._can_transcribe()
        return True

    def _can_transcribe(self) -> bool:
        return self._audio() is not None and self.review.transcript is None

    # --- playback -------------------------------------------------------------------------------

    def _audio(self) -> Path | None:
        return audio_path(self.folder, self.review.session.extra)

    def _playback_line(self) -> Text:
        player = self.player
        audio = self._audio()
        if audio is None:
            return Text("No recording for this session.", "dim")
        if player is None:
            return Text("Enter plays from the selected line · space pause · ←/→ 10 s", "dim")
        offset = audio_offset(self.review.session, self.review.transcript)
        state = "▶" if player.playing else "⏸" if player.paused else "■"
        return Text.assemble(
            (f"{state} {format_clock(player.position + offset)}", "bold"),
            f" / {format_clock(player.duration + offset)}",
            ("  space pause · ←/→ 10 s · Esc stops", "dim"),
        )

    @on(OptionList.OptionSelected, "#transcript")
    def line_selected(self, event: OptionList.OptionSelected) -> None:
        spot = self.spots[event.option_index] if event.option_index < len(self.spots) else None
        if spot is not None:
            self.play_from(spot.offset - (LEAD_IN if spot.kind == "silence" else 0.0))

    def play_from(self, offset: float) -> None:
        """Play the recording from session offset `offset`."""
        audio = self._audio()
        if audio is None:
            self.notify("No recording for this session.", severity="warning")
            return
        shift = audio_offset(self.review.session, self.review.transcript)
        try:
            if self.player is None:
                self.player = Player(audio)
            self.player.play(max(offset - shift, 0.0))
        except PlaybackError as exc:
            self.stop_playback()
            self.notify(str(exc), severity="error", timeout=10)
            self.query_one("#playback", Static).update(Text(str(exc), "red"))
            return
        self._following = -1
        self.follow()

    def follow(self) -> None:
        """While playing: the clock, and the line being said highlighted."""
        if self.player is None:
            return
        self.query_one("#playback", Static).update(self._playback_line())
        if not self.player.playing:
            return
        now = self.player.position + audio_offset(self.review.session, self.review.transcript)
        current = -1
        for index, spot in enumerate(self.spots):
            if spot is not None and spot.kind == "speech" and spot.offset <= now + 0.05:
                current = index
        if current >= 0 and current != self._following:
            self._following = current
            self.query_one("#transcript", OptionList).highlighted = current

    def action_toggle_play(self) -> None:
        if self.player is None:
            listing = self.query_one("#transcript", OptionList)
            index = listing.highlighted
            spot = self.spots[index] if index is not None and index < len(self.spots) else None
            self.play_from(spot.offset if spot else 0.0)
            return
        try:
            self.player.toggle()
        except PlaybackError as exc:
            self.notify(str(exc), severity="error", timeout=10)
        self.follow()

    def action_jump(self, direction: int) -> None:
        if self.player is None:
            return
        try:
            self.player.seek(direction * JUMP_SECONDS)
        except PlaybackError as exc:
            self.notify(str(exc), severity="error", timeout=10)
        self._following = -1
        self.follow()

    def stop_playback(self) -> None:
        if self.player is not None:
            self.player.stop()
            self.player = None

    def action_back(self) -> None:
        if self.player is not None:
            self.stop_playback()
            self.query_one("#playback", Static).update(self._playback_line())
            return
        self.dismiss()

    # --- the rest -------------------------------------------------------------------------------

    def action_export(self, fmt: str = "md") -> None:
        from mockterm.core.review.export import export_session

        try:
            path = export_session(self.folder, fmt)
        except (SessionError, OSError) as exc:
            self.notify(f"Export failed: {exc}", severity="error", timeout=10)
            return
        self.notify(f"Exported to {path}", timeout=8)

    def action_compare(self) -> None:
        self.mockterm.open_attempts(self.review.session.prompt.id)

    def action_edit_review(self) -> None:
        from mockterm.core.review.feedback import edit_feedback
        from mockterm.core.sessions.model import Feedback
        from mockterm.core.sessions.store import edit_review
        from mockterm.ui.screens.review_edit_dialog import Edit, ReviewEditDialog

        def saved(answer: Edit | None) -> None:
            if answer is None:
                return
            try:
                if isinstance(answer, Feedback):
                    session = edit_feedback(self.folder, answer)
                else:
                    session = edit_review(self.folder, *answer)
            except (SessionError, OSError) as exc:
                self.notify(f"Could not save the review: {exc}", severity="error", timeout=10)
                return
            self.review = replace(self.review, session=session)
            self.fill()
            self.notify("Feedback saved." if isinstance(answer, Feedback) else "Self-review saved.")

        self.app.push_screen(ReviewEditDialog(self.review.session), saved)

    def action_transcribe(self) -> None:
        if self.transcribing:
            return
        if self._audio() is None:
            self.notify("No recording to transcribe.", severity="warning")
            return
        if self.review.transcript is not None:
            self.notify("Already transcribed; `mockterm transcribe SESSION` redoes it.")
            return
        self.transcribing = True
        self.query_one("#playback", Static).update(Text("Transcribing…", "yellow"))
        self.transcribe()

    @work(thread=True, exclusive=True, exit_on_error=False, group="transcribe")
    def transcribe(self) -> None:
        from mockterm.core.audio.transcript import TranscriptionError
        from mockterm.core.audio.transcription import Transcriber, transcribe_session

        config = self.mockterm.settings.config

        def progress(done: float, total: float) -> None:
            self.post_message(self.Progress(done, total))

        try:
            transcriber = Transcriber(config.whisper_model, config.whisper_device)
            transcribe_session(self.folder, transcriber, progress)
            review = load_review(self.folder)
        except (TranscriptionError, SessionError, OSError) as exc:
            self.post_message(self.Transcribed(None, str(exc)))
            return
        self.post_message(self.Transcribed(review))

    @on(Progress)
    def progress(self, message: Progress) -> None:
        share = message.done / message.total if message.total else 0.0
        self.query_one("#playback", Static).update(Text(f"Transcribing… {share:.0%}", "yellow"))

    @on(Transcribed)
    def transcribed(self, message: Transcribed) -> None:
        self.transcribing = False
        if message.review is None:
            self.notify(message.error, severity="error", timeout=12)
            self.query_one("#playback", Static).update(self._playback_line())
            return
        self.review = message.review
        self.fill()
        self.refresh_bindings()
        self.notify("Transcript ready.")
