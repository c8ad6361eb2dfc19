"""The self-review form: rubric scores, what went well, what to improve, and a grade."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalGroup
from textual.widgets import Input, Label, Select

from mockterm.core.bank import RubricItem
from mockterm.core.review.grades import GRADE_LABELS, suggest_grade
from mockterm.core.sessions.model import SelfReview
from mockterm.ui.widgets.digit_select import DigitSelect
from mockterm.ui.widgets.rubric_scores import RubricScores


class SelfReviewForm(VerticalGroup):
    """The End screen's review of a mock just run, and the edit of a past one's.

    Fields are `#{id_prefix}score-N`, `went-well`, `to-improve` and `grade`."""

    def __init__(
        self,
        rubric: Sequence[RubricItem],
        review: SelfReview | None = None,
        grade: str | None = None,
        *,
        id_prefix: str = "",
        compact: bool = False,
        graded: bool = True,
        suggest: bool = False,
    ) -> None:
        super().__init__()
        self.rubric = rubric
        self.review = review or SelfReview()
        self.grade = grade
        self.id_prefix = id_prefix
        self.compact = compact
        """A dialog: no "what good looks like" under each score."""
        self.graded = graded
        """Show the grade; a rapid-fire round grades each question as it goes instead."""
        self.suggest = suggest
        """Fill the grade from the scores until one is chosen by hand."""

    def compose(self) -> ComposeResult:
        prefix = self.id_prefix
        yield RubricScores(
            self.rubric, self.review.scores, id_prefix=f"{prefix}score-", compact=self.compact
        )
        yield Input(
            self.review.went_well,
            placeholder="What went well?",
            id=f"{prefix}went-well",
            classes="review-text",
        )
        yield Input(
            self.review.to_improve,
            placeholder="What to improve next time?",
            id=f"{prefix}to-improve",
            classes="review-text",
        )
        with Horizontal(classes="score-row") as row:
            row.display = self.graded
            yield Label("Grade", classes="score-name")
            yield DigitSelect(
                [(f"{n} · {label}", key) for n, (key, label) in enumerate(GRADE_LABELS.items(), 1)],
                prompt="how did it go? (1-4)",
                id=f"{prefix}grade",
                classes="grade",
                value=self.grade if self.grade in GRADE_LABELS else Select.NULL,
            )

    def focus_first(self) -> None:
        if not self.query_one(RubricScores).focus_first():
            self.query_one(f"#{self.id_prefix}went-well", Input).focus()

    @property
    def value(self) -> tuple[SelfReview, str | None]:
        """The review and the grade (None when none is chosen)."""
        grade = self.query_one(f"#{self.id_prefix}grade", Select).value
        review = SelfReview(
            self.query_one(RubricScores).scores,
            self.query_one(f"#{self.id_prefix}went-well", Input).value.strip(),
            self.query_one(f"#{self.id_prefix}to-improve", Input).value.strip(),
        )
        return review, grade if isinstance(grade, str) else None

    @on(RubricScores.Changed)
    def _suggest(self, event: RubricScores.Changed) -> None:
        if not self.suggest:
            return
        grade = suggest_grade(event.scores)
        if grade is not None:
            select = self.query_one(f"#{self.id_prefix}grade", Select)
            with self.prevent(Select.Changed):
                select.value = grade

    @on(Select.Changed, ".grade")
    def _grade_chosen(self) -> None:
        self.suggest = False
