"""The rubric's score rows: a 1-4 choice per dimension, for every form that scores a mock."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalGroup
from textual.message import Message
from textual.widgets import Label, Select, Static

from mockterm.core.bank import RubricItem
from mockterm.core.review.grades import SCORE_LABELS
from mockterm.ui.widgets.digit_select import DigitSelect

SCORE_CHOICES = [(f"{score} · {label}", score) for score, label in SCORE_LABELS.items()]
_LOW, _HIGH = min(SCORE_LABELS), max(SCORE_LABELS)
SCORE_RANGE = f"{_LOW} {SCORE_LABELS[_LOW]} … {_HIGH} {SCORE_LABELS[_HIGH]}"
"""The scale in a few words, for the forms' headings: "1 weak … 4 strong"."""


class RubricScores(VerticalGroup):
    """One row per rubric dimension (name and score), with what good looks like under it
    unless `compact`."""

    @dataclass
    class Changed(Message):
        """A score was chosen or cleared."""

        rubric_scores: RubricScores
        scores: dict[str, int]

        @property
        def control(self) -> RubricScores:
            return self.rubric_scores

    def __init__(
        self,
        rubric: Sequence[RubricItem],
        scores: Mapping[str, int] | None = None,
        *,
        id_prefix: str = "score-",
        compact: bool = False,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.rubric = tuple(rubric)
        self.initial = dict(scores or {})
        self.id_prefix = id_prefix
        """Row i's Select is `#{id_prefix}{i}` (screens and tests find the rows by it)."""
        self.compact = compact

    def compose(self) -> ComposeResult:
        for index, item in enumerate(self.rubric):
            with Horizontal(classes="score-row"):
                yield Label(item.name, markup=False, classes="score-name")
                score = self.initial.get(item.name)
                yield DigitSelect(
                    SCORE_CHOICES,
                    prompt="score (1-4)",
                    id=f"{self.id_prefix}{index}",
                    classes="score",
                    value=score if score in SCORE_LABELS else Select.NULL,
                )
            if item.good and not self.compact:
                yield Static(Text(item.good, style="dim"), classes="score-good")

    @property
    def scores(self) -> dict[str, int]:
        """The scores chosen, by dimension name; a dimension left empty is left out."""
        scores = {}
        for index, item in enumerate(self.rubric):
            value = self.query_one(f"#{self.id_prefix}{index}", Select).value
            if isinstance(value, int):
                scores[item.name] = value
        return scores

    def focus_first(self) -> bool:
        """Focus the first score; False when the rubric is empty."""
        selects = self.query(".score")
        if not selects:
            return False
        selects.first().focus()
        return True

    @on(Select.Changed, ".score")
    def _score_changed(self, event: Select.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(self, self.scores))
