"""After a paired mock: the interviewer scores the rubric and writes feedback for the candidate.

Saving writes `session.toml` and `feedback.md` and copies the Markdown; one key then starts the
next mock with roles swapped.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Static

from mockterm.core.clipboard import copy_text, osc52_supported
from mockterm.core.review.feedback import write_feedback
from mockterm.core.review.markdown import feedback_markdown
from mockterm.core.review.sections import plan, record
from mockterm.core.sessions.mock import MockSession
from mockterm.core.sessions.model import Feedback, SessionError
from mockterm.ui.review_rich import record_summary
from mockterm.ui.widgets.feedback_form import FeedbackForm
from mockterm.ui.widgets.footer import Footer
from mockterm.ui.widgets.rubric_scores import SCORE_RANGE

if TYPE_CHECKING:
    from mockterm.ui.app import MocktermApp


class FeedbackScreen(Screen[None]):
    BINDINGS = [
        Binding("ctrl+s", "save", "Save & copy"),
        Binding("ctrl+r", "swap", "Swap roles"),
        Binding("escape", "done", "Done"),
    ]

    def __init__(self, mock: MockSession) -> None:
        super().__init__()
        self.mock = mock
        self.saved: Feedback | None = None

    @property
    def mockterm(self) -> MocktermApp:
        return cast("MocktermApp", self.app)

    def palette_commands(self) -> Iterable[SystemCommand]:
        return [
            SystemCommand(
                "Save and copy the feedback",
                "Into session.toml and feedback.md, and onto the clipboard",
                self.action_save,
            ),
            SystemCommand(
                "Swap roles",
                "Start the next mock of this round type with the other person interviewing",
                self.action_swap,
            ),
            SystemCommand("Done", "Back to Home; the mock is already saved", self.action_done),
        ]

    def compose(self) -> ComposeResult:
        session = self.mock.session
        assert session is not None
        status = "complete" if session.status == "completed" else "ended early"
        with VerticalScroll(id="feedback"):
            yield Static(
                Text.assemble((f"Paired mock {status}: ", "bold"), session.prompt.title),
                id="feedback-title",
            )
            yield Static(self._summary(), id="feedback-summary")
            yield Static(
                f"[b]Interviewer feedback[/b] [dim]({SCORE_RANGE}; Tab moves, "
                "Ctrl+S saves and copies)[/]",
                classes="section",
            )
            yield FeedbackForm(session.rubric, score_prefix="fb-score-")
            yield Static(id="feedback-status")
            with Horizontal(classes="buttons"):
                yield Button("Save & copy (Ctrl+S)", variant="primary", id="save")
                yield Button("Swap roles (Ctrl+R)", id="swap")
                yield Button("Done (Esc)", id="done")
        yield Footer()

    def _summary(self) -> Text:
        session = self.mock.session
        assert session is not None
        summary = record_summary(plan(session), record(session))
        return Text(f"{summary}\nSaved to {self.mock.folder}", style="dim")

    def on_mount(self) -> None:
        self.query_one(FeedbackForm).focus_first()

    def _feedback(self) -> Feedback:
        return self.query_one(FeedbackForm).value

    def _unsaved(self) -> bool:
        feedback = self._feedback()
        return feedback != (self.saved or Feedback())

    @on(Button.Pressed, "#save")
    def action_save(self) -> bool:
        """Save, export feedback.md and copy it; False when it could not be saved."""
        feedback = self._feedback()
        try:
            self.mock.save_feedback(feedback)
            assert self.mock.session is not None and self.mock.folder is not None
            path = write_feedback(self.mock.folder, self.mock.session)
        except (SessionError, OSError) as exc:
            self.notify(f"Could not save the feedback: {exc}", severity="error", timeout=15)
            return False
        self.saved = feedback
        assert self.mock.session is not None
        result = copy_text(
            feedback_markdown(self.mock.session),
            terminal_copy=self.app.copy_to_clipboard if osc52_supported() else None,
        )
        copied = (
            result.message
            if result.method in ("clipboard", "terminal")
            else "No clipboard here: send the file instead."
        )
        message = f"Feedback saved to {path}. {copied}"
        self.query_one("#feedback-status", Static).update(Text(message, style="bold"))
        self.notify(message, timeout=8)
        return True

    @on(Button.Pressed, "#swap")
    def action_swap(self) -> None:
        if self._unsaved() and not self.action_save():
            return
        self.mockterm.swap_roles(self.mock)

    @on(Button.Pressed, "#done")
    def action_done(self) -> None:
        if not self._unsaved():
            self.dismiss()
            return
        from mockterm.ui.screens.confirm_dialog import ConfirmDialog

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.notify(f"Mock saved to {self.mock.folder} (no feedback).", timeout=6)
                self.dismiss()

        self.app.push_screen(
            ConfirmDialog("Leave without saving this feedback? The mock itself is saved."),
            confirmed,
        )
