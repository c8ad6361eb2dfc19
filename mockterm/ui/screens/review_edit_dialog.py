"""Edit a past session's self-review (rubric scores, went well, to improve, grade), or for a
paired mock the interviewer's feedback (scores, recommendation, strengths, to work on)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from mockterm.core.sessions.model import Feedback, SelfReview, Session
from mockterm.ui.widgets.feedback_form import FeedbackForm
from mockterm.ui.widgets.self_review_form import SelfReviewForm

Edit = tuple[SelfReview, str | None] | Feedback


class ReviewEditDialog(ModalScreen[Edit | None]):
    """Answers (review, grade), or the Feedback of a paired mock, on save; None on cancel."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.paired = session.mode == "interviewer" or session.feedback is not None
        """A paired mock: the interviewer's feedback is what is edited."""

    def compose(self) -> ComposeResult:
        session = self.session
        with VerticalScroll(classes="dialog", id="review-edit"):
            if self.paired:
                yield Static("[b]Interviewer feedback[/b] [dim](Ctrl+S saves, Esc cancels)[/]")
                yield FeedbackForm(
                    session.rubric,
                    session.feedback,
                    id_prefix="edit-",
                    score_prefix="edit-score-",
                    compact=True,
                )
            else:
                yield Static("[b]Self-review[/b] [dim](Ctrl+S saves, Esc cancels)[/]")
                yield SelfReviewForm(
                    session.rubric, session.review, session.grade, id_prefix="edit-", compact=True
                )
            with Horizontal(classes="buttons"):
                yield Button("Save (Ctrl+S)", variant="primary", id="edit-save")
                yield Button("Cancel (Esc)", id="edit-cancel")

    @on(Button.Pressed, "#edit-save")
    def action_save(self) -> None:
        if self.paired:
            self.dismiss(self.query_one(FeedbackForm).value)
        else:
            self.dismiss(self.query_one(SelfReviewForm).value)

    @on(Button.Pressed, "#edit-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
