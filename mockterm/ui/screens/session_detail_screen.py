"""One past session: the transcript by phase (notes, hints, follow-ups and checkpoints at their
times), playback from any line, the insights, and the self-review to edit."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, cast

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static, TabbedContent, TabPane
from textual.widgets.option_list import Option

from mockterm.core.audio.playback import JUMP_SECONDS, PlaybackError, Player
from mockterm.core.audio.transcription import audio_path
from mockterm.core.review.export import EVENT_LABELS, Review, load_review, speech_line
from mockterm.core.review.grades import GRADE_LABELS, RECOMMENDATIONS, SCORE_LABELS
from mockterm.core.review.insights import Insights
from mockterm.core.review.timeline import audio_offset
from mockterm.core.sessions.model import SessionError
from mockterm.core.sessions.timer import format_clock, format_overrun

if TYPE_CHECKING:
    from mockterm.ui.app import MocktermApp

EVENT_MARKS = {
    "note": "✎",
    "hint": "?",
    "follow_up": "↪",
    "key_point": "✓",
    "checkpoint": "⏱",
    "pause": "⏸",
    "resume": "▶",
    "silence": "…",
}
LEAD_IN = 1.0
"""Playing from a silence starts this much before it, so the last words lead into it."""


@dataclass(frozen=True)
class Spot:
    """Where an option of the transcript list sits on the session's time line."""

    offset: float
    kind: str


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
    COMMANDS_HELP = (
        ("Session: export Markdown", "review.md in the session folder", "action_export"),
        ("Session: edit the self-review", "Scores, notes and grade", "action_edit_review"),
        ("Session: transcribe now", "Transcribe the recording with Whisper", "action_transcribe"),
        ("Session: compare attempts", "Every session of this prompt", "action_compare"),
    )

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
        self.spots: list[Spot | None] = []
        self.player: Player | None = None
        self.transcribing = False
        self._following = -1

    @property
    def mockterm(self) -> MocktermApp:
        return cast("MocktermApp", self.app)

    # --- layout ---------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(self._title(), id="detail-title")
        with TabbedContent(id="detail-tabs"):
            with TabPane("Transcript", id="tab-transcript"):
                yield OptionList(id="transcript")
                yield Static(self._playback_line(), id="playback")
            with TabPane("Insights", id="tab-insights"), VerticalScroll():
                yield Static(id="insights")
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
        result = self.review.insights
        self.query_one("#detail-title", Static).update(self._title())
        options, spots = self._transcript_options(result)
        listing = self.query_one("#transcript", OptionList)
        listing.clear_options()
        listing.add_options(options)
        self.spots = spots
        first = next((i for i, s in enumerate(spots) if s is not None), None)
        if first is not None:
            listing.highlighted = first
        self.query_one("#insights", Static).update(self._insights(result))
        self.query_one("#self-review", Static).update(self._self_review())
        self.query_one("#playback", Static).update(self._playback_line())

    def _title(self) -> Text:
        session = self.review.session
        title = Text.assemble(
            (session.prompt.title, "bold"),
            f"  {session.round_title} · {session.started_at:%Y-%m-%d %H:%M} UTC · ",
            session.status.replace("_", " "),
            f" · {format_clock(session.actual_seconds())}"
            f" of {format_clock(session.planned_seconds())}",
        )
        if session.grade:
            title.append(f" · {GRADE_LABELS.get(session.grade, session.grade)}")
        return title

    def _transcript_options(self, result: Insights) -> tuple[list[Option], list[Spot | None]]:
        options: list[Option] = []
        spots: list[Spot | None] = []
        silences = {}
        if result.overall is not None:
            for phase in result.phases:
                for pause in phase.speech.pauses if phase.speech else ():
                    silences[pause.start] = pause
            for pause in result.overall.pauses:
                silences[pause.start] = pause
        for block in self.review.blocks:
            span = block.span
            label = Text.assemble(
                ("── ", "dim"),
                (span.name or "Mock", "bold"),
                (
                    f" · {format_clock(span.start)}–{format_clock(span.end)} · "
                    f"{format_clock(span.actual)} of {format_clock(span.planned)} "
                    f"({format_overrun(span.actual - span.planned)}) ──",
                    "dim",
                ),
            )
            options.append(Option(label, disabled=True))
            spots.append(None)
            items: list[tuple[float, str, str]] = [(i.offset, i.kind, i.text) for i in block.items]
            for start, pause in silences.items():
                if pause.phase == (span.name or pause.phase):
                    items.append((start, "silence", f"{pause.seconds:.0f} s of silence"))
            items.sort(key=lambda x: (x[0], x[1] != "silence"))
            if not items:
                options.append(Option(Text("   (nothing said or noted)", "dim"), disabled=True))
                spots.append(None)
            for offset, kind, text in items:
                stamp = Text(f"{format_clock(offset):>6} ", "dim")
                if kind == "speech":
                    line = Text.assemble(stamp, text)
                else:
                    mark = EVENT_MARKS.get(kind, "·")
                    label_text = EVENT_LABELS.get(kind, "")
                    body = f"{label_text}: {text}" if label_text and text else label_text or text
                    style = "italic $text-muted" if kind == "silence" else "italic"
                    line = Text.assemble(stamp, (f"{mark} {body}", _rich_style(style)))
                options.append(Option(line))
                spots.append(Spot(offset, kind))
        if self.review.transcript is None:
            reason = self.review.transcript_problem or (
                "No transcript yet: t transcribes the recording."
                if self._audio() is not None
                else "No recording, so no transcript: the notes and events are below."
            )
            options.insert(0, Option(Text(reason, "yellow"), disabled=True))
            spots.insert(0, None)
        return options, spots

    def _insights(self, result: Insights) -> RenderableType:
        parts: list[RenderableType] = []
        table = Table(title="Planned vs actual", title_justify="left", show_edge=False)
        for name, justify in (
            ("phase", "left"),
            ("plan", "right"),
            ("actual", "right"),
            ("over", "right"),
            ("WPM", "right"),
            ("fillers≥", "right"),
            ("talk", "right"),
        ):
            table.add_column(name, justify=justify)  # type: ignore[arg-type]
        for phase in result.phases:
            stats = phase.speech
            over = phase.overrun
            table.add_row(
                phase.span.name,
                format_clock(phase.span.planned),
                format_clock(phase.span.actual),
                Text(format_overrun(over), "red" if over > 30 else "green" if over <= 0 else ""),
                f"{stats.wpm:.0f}" if stats and stats.words else "",
                str(stats.fillers) if stats else "",
                f"{stats.speaking_share:.0%}" if stats else "",
            )
        parts.append(table)
        overall = result.overall
        parts.append(Text(""))
        if overall is None:
            parts.append(Text("Speech: no transcript, so no speech figures.", "dim"))
        else:
            parts.append(Text.assemble(("Speech  ", "bold"), speech_line(overall)))
            if overall.filler_counts:
                counts = ", ".join(f"{k} {v}" for k, v in overall.filler_counts.items())
                parts.append(
                    Text.assemble(
                        ("Fillers ", "bold"),
                        counts,
                        ("  (lower bound: Whisper drops some)", "dim"),
                    )
                )
            if overall.pauses:
                pauses = ", ".join(
                    f"{p.seconds:.0f} s at {format_clock(p.start)} ({p.phase})"
                    for p in overall.pauses
                )
                parts.append(Text.assemble(("Pauses  ", "bold"), pauses))
        parts.append(
            Text.assemble(
                ("Hints   ", "bold"),
                f"{len(result.hints)} of {result.hints_available} used",
                "".join(f" · {format_clock(h.at)} {h.text}" for h in result.hints),
            )
        )
        parts.append(
            Text.assemble(
                ("Follow-ups ", "bold"),
                f"{len(result.follow_ups)} of {result.follow_ups_available} asked",
                "".join(f" · {format_clock(f.at)} {f.text}" for f in result.follow_ups),
            )
        )
        if result.key_points:
            parts.append(Text(""))
            parts.append(
                Text(
                    f"Key points: {len(result.covered)} of {len(result.key_points)} covered",
                    "bold",
                )
            )
            for point in result.key_points:
                if point.covered:
                    where = f"  {format_clock(point.at)} {point.phase}"
                    quote = f' "{point.quote}"' if point.quote else " (ticked)"
                    parts.append(Text.assemble(("✓ ", "green"), point.text, (where + quote, "dim")))
                else:
                    parts.append(Text.assemble(("✗ ", "red"), point.text, ("  missed", "dim")))
        return Group(*parts)

    def _self_review(self) -> RenderableType:
        session = self.review.session
        paired = session.mode == "interviewer" or session.feedback is not None
        heading = "Self-review" if paired else "Self-review (e edits)"
        parts: list[RenderableType] = [Text(heading, "bold")]
        review = session.review
        scores = dict(review.scores) if review else {}
        for item in session.rubric:
            score = scores.get(item.name)
            shown = f"{score}/4 {SCORE_LABELS.get(score, '')}" if score else "not scored"
            parts.append(Text.assemble(f"  {item.name}: ", (shown, "bold" if score else "dim")))
        if review is not None and review.went_well:
            parts.append(Text(f"  Went well: {review.went_well}"))
        if review is not None and review.to_improve:
            parts.append(Text(f"  To improve: {review.to_improve}"))
        grade = GRADE_LABELS.get(session.grade or "", "not graded")
        parts.append(Text(f"  Grade: {grade}"))
        feedback = session.feedback
        if feedback is not None:
            parts += [Text(""), Text("Interviewer feedback (e edits)", "bold")]
            if feedback.recommendation:
                label = RECOMMENDATIONS.get(feedback.recommendation, feedback.recommendation)
                parts.append(Text(f"  Recommendation: {label}"))
            for name, score in feedback.scores.items():
                parts.append(Text(f"  {name}: {score}/4 {SCORE_LABELS.get(score, '')}"))
            if feedback.strengths:
                parts.append(Text(f"  Strengths: {feedback.strengths}"))
            if feedback.to_work_on:
                parts.append(Text(f"  To work on: {feedback.to_work_on}"))
        parts += [Text(""), Text(f"Folder: {self.folder}", "dim")]
        return Group(*parts)

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
        from mockterm.core.audio.transcription import (
            Transcriber,
            TranscriptionError,
            transcribe_session,
        )

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
        self.notify("Transcript ready.")


def _rich_style(style: str) -> str:
    """Textual variables do not reach rich Text: plain styles stand in for them."""
    return style.replace("$text-muted", "dim")
