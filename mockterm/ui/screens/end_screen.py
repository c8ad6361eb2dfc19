"""After the mock: planned vs actual per phase, then a self-review and a grade."""

from __future__ import annotations

from collections.abc import Iterable

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, SelectionList, Static

from mockterm.core.review.code import code_figures
from mockterm.core.review.grades import GRADE_LABELS
from mockterm.core.review.sections import plan
from mockterm.core.sessions.mock import MockSession
from mockterm.core.sessions.model import SessionError
from mockterm.core.sessions.timer import format_clock
from mockterm.ui.review_rich import plan_table
from mockterm.ui.widgets.footer import Footer
from mockterm.ui.widgets.rubric_scores import SCORE_RANGE
from mockterm.ui.widgets.self_review_form import SelfReviewForm


class EndScreen(Screen[None]):
    BINDINGS = [
        Binding("ctrl+s", "save", "Save review"),
        Binding("escape", "skip", "Skip review"),
    ]

    def __init__(self, mock: MockSession) -> None:
        super().__init__()
        self.mock = mock
        session = mock.session
        assert session is not None
        self.key_points = session.prompt_items("key_points") if session.mode == "solo" else []
        """A solo mock's key points, for the user to tick (an interviewer ticks them live)."""
        self.key_points_touched = False
        """Ticks given or taken: only then are the unticked ones missed, not unassessed."""

    def palette_commands(self) -> Iterable[SystemCommand]:
        return [
            SystemCommand(
                "Save the self-review",
                "Scores, notes and grade into session.toml",
                self.action_save,
            ),
            SystemCommand(
                "Skip the self-review", "Back to Home; the mock is already saved", self.action_skip
            ),
        ]

    def compose(self) -> ComposeResult:
        session = self.mock.session
        assert session is not None
        status = "complete" if session.status == "completed" else "ended early"
        with VerticalScroll(id="end"):
            yield Static(
                Text.assemble((f"Mock {status}: ", "bold"), session.prompt.title), id="end-title"
            )
            yield Static(Text(f"Saved to {self.mock.folder}", style="dim"), id="saved-path")
            if session.questions:
                yield Static(self._question_grades(), id="question-grades")
            else:
                yield Static(plan_table(plan(session)), id="timeline")
            tests = code_figures(session.extra.get("code"))
            if "tests" in tests:
                passed, total = tests["tests"]
                green = tests.get("green_at")
                yield Static(
                    Text.assemble(
                        ("Tests ", "bold"),
                        (
                            f"{passed}/{total} at the last run",
                            "green" if passed == total else "red",
                        ),
                        f" · all green at {format_clock(green)}"
                        if green is not None
                        else " · never all green",
                    ),
                    id="end-tests",
                )
            if self.key_points:
                yield Static(
                    "[b]Key points[/b] [dim](tick the ones you covered: Space; review counts "
                    "them as covered and the others as missed)[/]",
                    classes="section",
                )
                yield SelectionList[str](
                    *((Text(item), item) for item in self.key_points), id="key-points-check"
                )
            yield Static(
                f"[b]Self-review[/b] [dim]({SCORE_RANGE}; Tab moves, Ctrl+S saves)[/]",
                classes="section",
            )
            yield SelfReviewForm(session.rubric, graded=not session.questions, suggest=True)
            with Horizontal(classes="buttons"):
                yield Button("Save (Ctrl+S)", variant="primary", id="save")
                yield Button("Skip (Esc)", id="skip")
        yield Footer()

    def _question_grades(self) -> Table:
        session = self.mock.session
        assert session is not None
        table = Table(title="Questions", title_justify="left", show_edge=False)
        table.add_column("#", justify="right")
        table.add_column("question")
        table.add_column("time", justify="right")
        table.add_column("grade")
        for index, (question, phase) in enumerate(
            zip(session.questions, session.phases, strict=False), 1
        ):
            grade = session.question_grades.get(question.id, "")
            table.add_row(
                str(index),
                Text(question.title),
                format_clock(phase.actual_seconds),
                GRADE_LABELS.get(grade, Text("not graded", "dim")),
            )
        return table

    def on_mount(self) -> None:
        if self.key_points:
            self.query_one("#key-points-check", SelectionList).focus()
        else:
            self.query_one(SelfReviewForm).focus_first()

    @on(SelectionList.SelectedChanged, "#key-points-check")
    def _key_points_ticked(self) -> None:
        self.key_points_touched = True

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        review, grade = self.query_one(SelfReviewForm).value
        try:
            self.mock.save_review(review, grade)
            if self.key_points_touched:
                covered = self.query_one("#key-points-check", SelectionList).selected
                self.mock.check_key_points(str(item) for item in covered)
        except SessionError as exc:
            self.notify(f"Could not save the review: {exc}", severity="error", timeout=15)
            return
        self.notify(f"Review saved to {self.mock.folder}", timeout=6)
        self.dismiss()

    @on(Button.Pressed, "#skip")
    def action_skip(self) -> None:
        self.notify(f"Mock saved to {self.mock.folder} (no review).", timeout=6)
        self.dismiss()
