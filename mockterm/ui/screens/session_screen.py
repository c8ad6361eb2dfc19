"""The running mock: a big countdown per phase, the prompt, hints and notes."""

from __future__ import annotations

import gc
from collections.abc import Iterable
from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Markdown

from mockterm.core.clipboard import copy_text, osc52_supported
from mockterm.core.coding.spec import reference_text
from mockterm.core.runner import MockRunner
from mockterm.core.sessions.timer import TimerState, format_clock
from mockterm.ui.editor import open_in_editor
from mockterm.ui.reference import asked, note_place, reference
from mockterm.ui.screens.session_coding import CodingActions
from mockterm.ui.screens.session_commands import mock_commands
from mockterm.ui.screens.session_paired import PairedView
from mockterm.ui.widgets.coding_pane import CodingPane
from mockterm.ui.widgets.footer import Footer
from mockterm.ui.widgets.hints_notes import HintsNotes
from mockterm.ui.widgets.interviewer_panel import InterviewerPanel
from mockterm.ui.widgets.phase_bar import PhaseBar
from mockterm.ui.widgets.phase_clock import PhaseClock
from mockterm.ui.widgets.prompt_pane import PromptPane
from mockterm.ui.widgets.recording_status import RecordingStatus
from mockterm.ui.widgets.view_indicator import ViewIndicator

if TYPE_CHECKING:
    from mockterm.ui.app import MocktermApp

TICK_SECONDS = 0.25


class SessionScreen(CodingActions, PairedView, Screen[None]):
    """The running mock: its clock, prompt, hints and notes; a paired mock's panel and a coding
    round's editor come from the mixins."""

    BINDINGS = [
        Binding("space", "pause", "Pause"),
        Binding("n", "next_phase", "Next"),
        Binding("a", "note", "Note"),
        Binding("h", "hint", "Hint"),
        # not in the footer (full at 80 columns): the prompt pane and the phase guidance name it
        Binding("f", "follow_up", "Ask", show=False),
        Binding("c", "copy", "Copy"),
        Binding("v", "toggle_view", "View"),  # paired mocks only (check_action)
        # what is below the fold (the interviewer's panel, a long prompt) is one key away,
        # even while a checklist has the focus; shown when there is something to scroll
        Binding("pagedown", "scroll_pane(1)", "Scroll", key_display="PgDn", priority=True),
        Binding("pageup", "scroll_pane(-1)", "Scroll up", show=False, priority=True),
        Binding("plus,equals_sign", "adjust(60)", "+1m", show=False),
        Binding("minus", "adjust(-60)", "-1m", show=False),
        Binding("1", "grade('again')", "Again"),
        Binding("2", "grade('hard')", "Hard"),
        Binding("3", "grade('good')", "Good"),
        Binding("4", "grade('easy')", "Easy"),
        Binding("o", "open_note", "Open the note"),
        Binding("e", "end", "End"),
        Binding("escape", "abandon", "Abandon"),
        # coding rounds: work from inside the editor too (it takes every plain key)
        Binding("ctrl+r", "run_tests", "Run tests"),
        Binding("ctrl+o", "external_editor", "$EDITOR", show=False),
        Binding("ctrl+s", "save_code", "Save", show=False),
        Binding("i", "edit_code", "Edit code"),
        Binding("w", "wide_prompt", "Wide prompt", show=False),
    ]

    def __init__(self, runner: MockRunner, *, candidate_view: bool = False) -> None:
        super().__init__()
        self.runner = runner
        self.mock = mock = runner.mock
        self.interviewer = mock.mode == "interviewer"
        self.candidate_view = candidate_view and self.interviewer
        self.revealed = False  # rapid fire: the current question's answer is on screen

    @property
    def mockterm(self) -> MocktermApp:
        return cast("MocktermApp", self.app)

    def palette_commands(self) -> Iterable[SystemCommand]:
        return mock_commands(self)

    def compose(self) -> ComposeResult:
        yield PhaseClock(id="clock-row")
        yield PhaseBar(id="phase-bar")
        yield RecordingStatus(self.runner, id="recording-status")
        if self.interviewer:
            yield ViewIndicator(id="view-indicator")
        coding = self.runner.workspace is not None
        with Horizontal(id="session-body", classes="-coding" if coding else ""):
            with PromptPane(id="prompt-pane"):
                yield Markdown(id="prompt")
                if coding:  # the editor takes the room of the side pane: hints go here
                    yield HintsNotes()
            if coding:
                yield CodingPane(self.runner, id="coding-pane")
            else:
                with VerticalScroll(id="side-pane"):
                    yield HintsNotes()
            if self.interviewer:
                workspace = self.runner.workspace
                reference = reference_text(workspace.spec.reference_changes) if workspace else ""
                yield InterviewerPanel(
                    self.mock.round.rubric, reference=reference, id="interviewer-panel"
                )
        # every key of a mock fits in 80 columns; Ctrl+P still opens the palette
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.sub_title = f"{self.mock.round.title} · {self.mock.prompt.title}"
        self._show_prompt()
        if self.interviewer:
            self._show_view()
            self._show_panel()
            if not self.candidate_view:
                self.query_one(InterviewerPanel).focus_first()
        self.tick()
        self.set_interval(TICK_SECONDS, self.tick)
        # what is alive now (the app, the bank, this screen) stays out of garbage collection
        # while the mock runs: a full collection walks it all (about 70 ms of CPU here), and
        # one falling due mid-mock would make a tick of the clock that late
        self.call_after_refresh(gc.freeze)

    def on_unmount(self) -> None:
        gc.unfreeze()  # the mock's screen is gone: all of it can be collected again

    # --- display --------------------------------------------------------------------------------

    def _show_prompt(self) -> None:
        prompt = self.mock.current_prompt
        timer = self.mock.timer
        level = self.runner.level_shown()
        steps = self.mock.asked_steps() if prompt.chain else ()
        title = prompt.title
        if self.mock.questions:
            noun = "Topic" if self.mock.round.format == "topics" else "Question"
            title = f"{noun} {timer.index + 1} of {len(self.mock.questions)}: {title}"
        parts = [f"# {title}", prompt.text, *asked(steps, len(prompt.chain))]
        parts += [
            f"## Level {i + 1}\n\n{text}" for i, text in enumerate(prompt.levels) if i <= level
        ]
        if self.revealed:
            # the question stays, with the answer under it to compare what was said
            parts = [f"# {title}", prompt.text, "## Reference answer", *reference(prompt)]
            parts.append("**Grade yourself:** `1` Again · `2` Hard · `3` Good · `4` Easy")
        key = (prompt.id, level, self.revealed, len(steps))
        self.query_one(PromptPane).show(key, "\n\n".join(parts), then=self._offer_scrolling)

    def _offer_scrolling(self) -> None:
        """The footer's PgDn comes and goes with what is below the fold: once laid out."""
        self.call_after_refresh(self.refresh_bindings)

    def on_resize(self) -> None:
        self._offer_scrolling()

    def tick(self) -> None:
        for event in self.mock.poll():
            self._alert(event.kind, event.phase)
        self._refresh_clock()
        self.query_one(RecordingStatus).refresh_recording()

    def _refresh_clock(self) -> None:
        timer = self.mock.timer
        if self.query_one(PhaseClock).show(timer, revealed=self.revealed):
            self.query_one("#phase-bar", PhaseBar).show(timer.results(), timer.index)

    def _alert(self, kind: str, phase_index: int) -> None:
        phase = self.mock.timer.phases[phase_index].name
        config = self.mockterm.settings.config
        if kind == "warning":
            self.notify(f"One minute left in {phase}.", timeout=4)
        elif kind == "checkpoint":
            if config.bell:
                self.app.bell()
            self.query_one(PhaseClock).flash()
            if self.mock.questions:
                self._reveal()
            elif config.auto_advance:
                self.notify(f"Checkpoint: {phase} is over; moving on.", severity="warning")
                self.action_next_phase()
            else:
                self.notify(
                    f"Checkpoint: time for {phase} is up. Press n to move on.",
                    severity="warning",
                    timeout=8,
                )
        elif kind == "phase_start":
            self._show_prompt()
            self._show_hints()

    # --- actions --------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("run_tests", "external_editor", "save_code", "edit_code", "wide_prompt"):
            return self.runner.workspace is not None and not self.mock.ended
        if action == "grade":
            return self.revealed
        if action == "follow_up":
            return bool(self.mock.current_prompt.chain) and not self.revealed
        if action == "open_note":
            return self.revealed and bool(note_place(self.mock.current_prompt))
        if self.revealed and action in ("pause", "hint", "copy"):
            return False  # while grading, keep the footer to what matters
        if action == "toggle_view":
            return self.interviewer
        if action == "scroll_pane":
            return self._scrolled_pane().max_scroll_y > 0
        return True

    def action_pause(self) -> None:
        if self.revealed:
            return
        self.mock.toggle_pause()
        self._refresh_clock()
        self.refresh_bindings()  # the footer's space: Pause or Resume

    def footer_description(self, binding: Binding) -> str:
        """Space says what it does now: resume a paused clock, else pause it."""
        if binding.action == "pause" and self.mock.timer.state is TimerState.PAUSED:
            return "Resume"
        return binding.description

    def _reveal(self) -> None:
        """Rapid fire: stop this question's clock and show its reference answer for grading."""
        if self.revealed:
            return
        if self.mock.timer.state is TimerState.RUNNING:
            self.mock.toggle_pause()
        self.mock.record("reveal", self.mock.current_prompt.id)
        self.revealed = True
        self.refresh_bindings()
        self._show_prompt()
        self._refresh_clock()

    def action_open_note(self) -> None:
        """The question's notes file, at its line, in the user's editor (then back to grading)."""
        place = note_place(self.mock.current_prompt)
        if not self.revealed:
            self.notify("The note opens once the answer is revealed (n).", timeout=4)
        elif place is not None:
            problem = open_in_editor(self.app, *place)
            if problem:
                self.notify(problem, severity="warning", timeout=8)

    def action_grade(self, grade: str) -> None:
        if not self.revealed or self.mock.ended:
            return
        self.mock.grade_question(grade)
        self.action_next_phase()

    def action_next_phase(self) -> None:
        if self.mock.ended:
            return
        if self.mock.questions and not self.revealed:
            self._reveal()
            return
        if self.revealed:
            self.revealed = False
            self.refresh_bindings()
            if self.mock.timer.state is TimerState.PAUSED:
                self.mock.toggle_pause()
        self.mock.next_phase()
        if self.mock.ended:
            self._to_end()
            return
        self._show_prompt()
        self._show_hints()  # rapid fire: the next question has hints (and a panel) of its own
        self._refresh_clock()

    def action_adjust(self, seconds: int) -> None:
        self.mock.adjust(seconds)
        self._refresh_clock()
        word = "added to" if seconds > 0 else "taken from"
        self.notify(f"{abs(seconds) // 60} min {word} {self.mock.timer.current.name}.", timeout=2)

    def action_extend(self) -> None:
        self.action_adjust(60)

    def action_shorten(self) -> None:
        self.action_adjust(-60)

    def action_note(self) -> None:
        from mockterm.ui.screens.note_dialog import NoteDialog

        offset = self.mock.timer.offset()

        def add(text: str | None) -> None:
            if text:
                self.mock.note(text, offset=offset)
                self._show_notes()

        self.app.push_screen(NoteDialog(format_clock(offset)), add)

    def _show_notes(self) -> None:
        self.query_one(HintsNotes).show_notes(self.mock.session.notes if self.mock.session else ())
        self._show_panel()

    def action_scroll_pane(self, direction: int) -> None:
        """Page through the interviewer's panel in interviewer view (most of it is below the
        fold), else through the prompt."""
        pane = self._scrolled_pane()
        if direction > 0:
            pane.scroll_page_down()
        else:
            pane.scroll_page_up()

    def _scrolled_pane(self) -> VerticalScroll:
        if self.interviewer and not self.candidate_view:
            return self.query_one(InterviewerPanel)
        return self.query_one("#prompt-pane", VerticalScroll)

    def action_follow_up(self) -> None:
        """A topic's next follow-up (in a paired mock the interviewer asks it; solo, the
        candidate reveals it once the last one is answered)."""
        if self.mock.next_step() is None:
            self.notify("No more follow-ups: n closes the topic and shows the reference.")
            return
        self._show_prompt()
        self._show_panel()
        self.query_one("#prompt-pane").scroll_end(animate=False)  # the new follow-up, in view

    def action_hint(self) -> None:
        if self.mock.next_hint() is None:
            total = len(self.mock.current_prompt.hints)
            self.notify("No more hints." if total else "This prompt has no hints.", timeout=3)
            return
        self._show_hints()
        if self.interviewer and not self.candidate_view:
            # the hint just given, in the ladder below the checklists, once it is laid out
            panel = self.query_one(InterviewerPanel)
            ladder = panel.query_one("#hint-ladder")
            self.call_after_refresh(panel.scroll_to_widget, ladder, animate=False)

    def _show_hints(self) -> None:
        self.query_one(HintsNotes).show_hints(self.mock.shown_hints())
        self._show_panel()

    def action_copy(self) -> None:
        prompt = self.mock.current_prompt
        folder = self.mock.folder
        result = copy_text(
            f"{prompt.title}\n\n{prompt.text}\n",
            terminal_copy=self.app.copy_to_clipboard if osc52_supported() else None,
            fallback_file=folder / "prompt.md" if folder else None,
        )
        self.notify(result.message, timeout=5)

    def action_end(self) -> None:
        """End now, once the user says so (e is one key away from the others)."""
        from mockterm.ui.screens.confirm_dialog import Choice, ConfirmDialog

        def confirmed(yes: bool | None) -> None:
            if yes and not self.mock.ended:
                self.mock.end()
                self._to_end()

        review = "the feedback" if self.interviewer else "the self-review"
        self.app.push_screen(
            ConfirmDialog(
                f"End the mock now and go to {review}?",
                yes=Choice("End", "y", "warning"),
                no=Choice("Keep going", "n", "primary"),
            ),
            confirmed,
        )

    def action_abandon(self) -> None:
        from mockterm.ui.screens.confirm_dialog import ConfirmDialog

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.mock.abandon()
                self.mockterm.mock_ended(self.runner)
                self.notify(f"Mock abandoned; its file is kept in {self.mock.folder}.")
                self.dismiss()

        self.app.push_screen(
            ConfirmDialog("Abandon this mock? It is saved as ended early, with no review."),
            confirmed,
        )

    def _to_end(self) -> None:
        from mockterm.ui.screens.end_screen import EndScreen
        from mockterm.ui.screens.feedback_screen import FeedbackScreen

        self.mockterm.mock_ended(self.runner)
        after: Screen[None] = (
            FeedbackScreen(self.mock) if self.interviewer else EndScreen(self.mock)
        )
        self.mockterm.enter_screen(after, switch=True)
