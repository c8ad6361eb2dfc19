"""Edit a past session's self-review (rubric scores, went well, to improve, grade), or for a
paired mock the interviewer's feedback (scores, recommendation, strengths, to work on)."""

from __future__ import annotations

from collections.abc import Mapping

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from mockterm.core.review.feedback import RECOMMENDATIONS
from mockterm.core.review.grades import GRADE_LABELS
from mockterm.core.sessions.model import Feedback, SelfReview, Session

SCORES = [("1 · weak", 1), ("2 · mixed", 2), ("3 · solid", 3), ("4 · strong", 4)]


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
        if self.paired:
            yield from self._feedback_form()
            return
        review = self.session.review or SelfReview()
        with VerticalScroll(classes="dialog", id="review-edit"):
            yield Static("[b]Self-review[/b] [dim](Ctrl+S saves, Esc cancels)[/]")
            yield from self._score_rows(review.scores)
            yield Input(review.went_well, placeholder="What went well?", id="edit-went-well")
            yield Input(review.to_improve, placeholder="What to improve?", id="edit-to-improve")
            with Horizontal(classes="score-row"):
                yield Label("Grade", classes="score-name")
                yield Select(
                    [(label, key) for key, label in GRADE_LABELS.items()],
                    prompt="grade",
                    compact=True,
                    id="edit-grade",
                    value=self.session.grade if self.session.grade in GRADE_LABELS else Select.NULL,
                )
            with Horizontal(classes="buttons"):
                yield Button("Save (Ctrl+S)", variant="primary", id="edit-save")
                yield Button("Cancel (Esc)", id="edit-cancel")

    def _feedback_form(self) -> ComposeResult:
        feedback = self.session.feedback or Feedback()
        with VerticalScroll(classes="dialog", id="review-edit"):
            yield Static("[b]Interviewer feedback[/b] [dim](Ctrl+S saves, Esc cancels)[/]")
            yield from self._score_rows(feedback.scores)
            with Horizontal(classes="score-row"):
                yield Label("Recommendation", classes="score-name")
                yield Select(
                    [(label, key) for key, label in RECOMMENDATIONS.items()],
                    prompt="recommendation",
                    compact=True,
                    id="edit-recommendation",
                    value=feedback.recommendation
                    if feedback.recommendation in RECOMMENDATIONS
                    else Select.NULL,
                )
            yield Input(feedback.strengths, placeholder="Strengths", id="edit-strengths")
            yield Input(feedback.to_work_on, placeholder="To work on", id="edit-to-work-on")
            with Horizontal(classes="buttons"):
                yield Button("Save (Ctrl+S)", variant="primary", id="edit-save")
                yield Button("Cancel (Esc)", id="edit-cancel")

    def _score_rows(self, scores: Mapping[str, int]) -> ComposeResult:
        for index, item in enumerate(self.session.rubric):
            with Horizontal(classes="score-row"):
                yield Label(item.name, classes="score-name")
                score = scores.get(item.name)
                yield Select(
                    SCORES,
                    prompt="score",
                    compact=True,
                    id=f"edit-score-{index}",
                    classes="score",
                    value=score if score in (1, 2, 3, 4) else Select.NULL,
                )

    def _scores(self) -> dict[str, int]:
        scores = {}
        for index, item in enumerate(self.session.rubric):
            value = self.query_one(f"#edit-score-{index}", Select).value
            if isinstance(value, int):
                scores[item.name] = value
        return scores

    @on(Button.Pressed, "#edit-save")
    def action_save(self) -> None:
        scores = self._scores()
        if self.paired:
            recommendation = self.query_one("#edit-recommendation", Select).value
            self.dismiss(
                Feedback(
                    scores,
                    recommendation if isinstance(recommendation, str) else "",
                    self.query_one("#edit-strengths", Input).value.strip(),
                    self.query_one("#edit-to-work-on", Input).value.strip(),
                )
            )
            return
        grade = self.query_one("#edit-grade", Select).value
        review = SelfReview(
            scores,
            self.query_one("#edit-went-well", Input).value.strip(),
            self.query_one("#edit-to-improve", Input).value.strip(),
        )
        self.dismiss((review, grade if isinstance(grade, str) else None))

    @on(Button.Pressed, "#edit-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
