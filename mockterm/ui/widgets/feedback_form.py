"""The interviewer's feedback form after a paired mock: rubric scores, a recommendation, the
strengths and what to work on."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalGroup
from textual.widgets import Input, Label, Select, TextArea

from mockterm.core.bank import RubricItem
from mockterm.core.review.grades import RECOMMENDATIONS
from mockterm.core.sessions.model import Feedback
from mockterm.ui.widgets.digit_select import DigitSelect
from mockterm.ui.widgets.rubric_scores import RubricScores


class FeedbackForm(VerticalGroup):
    """The Feedback screen's form, and the edit of a past paired mock's feedback.

    Fields are `#{id_prefix}recommendation`, `strengths` and `to-work-on`; the scores are
    `#{score_prefix}N`. A `compact` form (a dialog) has one-line inputs and no "what good looks
    like" under each score; the full one gives the words a few lines each."""

    def __init__(
        self,
        rubric: Sequence[RubricItem],
        feedback: Feedback | None = None,
        *,
        id_prefix: str = "",
        score_prefix: str = "score-",
        compact: bool = False,
    ) -> None:
        super().__init__()
        self.rubric = rubric
        self.feedback = feedback or Feedback()
        self.id_prefix = id_prefix
        self.score_prefix = score_prefix
        self.compact = compact

    def compose(self) -> ComposeResult:
        prefix, feedback = self.id_prefix, self.feedback
        yield RubricScores(
            self.rubric, feedback.scores, id_prefix=self.score_prefix, compact=self.compact
        )
        with Horizontal(classes="score-row"):
            yield Label("Recommendation", classes="score-name")
            yield DigitSelect(
                [
                    (f"{n} · {label}", key)
                    for n, (key, label) in enumerate(RECOMMENDATIONS.items(), 1)
                ],
                prompt="would you hire? (1-4)",
                id=f"{prefix}recommendation",
                classes="recommendation",
                value=feedback.recommendation
                if feedback.recommendation in RECOMMENDATIONS
                else Select.NULL,
            )
        for name, title, text in (
            ("strengths", "Strengths", feedback.strengths),
            ("to-work-on", "To work on", feedback.to_work_on),
        ):
            if self.compact:
                yield Input(text, placeholder=title, id=f"{prefix}{name}")
            else:
                yield Label(title, classes="section")
                yield TextArea(text, id=f"{prefix}{name}", classes="feedback-text")

    def focus_first(self) -> None:
        if not self.query_one(RubricScores).focus_first():
            self.query_one(f"#{self.id_prefix}recommendation", Select).focus()

    @property
    def value(self) -> Feedback:
        recommendation = self.query_one(f"#{self.id_prefix}recommendation", Select).value
        return Feedback(
            self.query_one(RubricScores).scores,
            recommendation if isinstance(recommendation, str) else "",
            self._text("strengths"),
            self._text("to-work-on"),
        )

    def _text(self, name: str) -> str:
        field = self.query_one(f"#{self.id_prefix}{name}")
        if isinstance(field, TextArea):
            return field.text.strip()
        assert isinstance(field, Input)
        return field.value.strip()
