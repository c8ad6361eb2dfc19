"""After the mock: planned vs actual per phase, then a self-review and a grade."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Label, Select, Static

from mockterm.core.review.grades import GRADE_LABELS, suggest_grade
from mockterm.core.sessions.mock import MockSession
from mockterm.core.sessions.model import SelfReview, SessionError
from mockterm.core.sessions.timer import format_clock, format_overrun

SCORES = [("1 · weak", 1), ("2 · mixed", 2), ("3 · solid", 3), ("4 · strong", 4)]


class EndScreen(Screen[None]):
    BINDINGS = [
        Binding("ctrl+s", "save", "Save review"),
        Binding("escape", "skip", "Skip review"),
    ]
    COMMANDS_HELP = (
        ("Save the self-review", "Scores, notes and grade into session.toml", "action_save"),
        ("Skip the self-review", "Back to Home; the mock is already saved", "action_skip"),
    )

    def __init__(self, mock: MockSession) -> None:
        super().__init__()
        self.mock = mock
        self._grade_touched = False

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
                yield Static(self._timeline(), id="timeline")
            yield Static(
                "[b]Self-review[/b] [dim](1 weak … 4 strong; Tab moves, Ctrl+S saves)[/]",
                classes="section",
            )
            for index, item in enumerate(session.rubric):
                with Horizontal(classes="score-row"):
                    yield Label(item.name, classes="score-name")
                    yield Select(
                        SCORES, prompt="score", compact=True, id=f"score-{index}", classes="score"
                    )
                if item.good:
                    yield Static(Text(item.good, style="dim"), classes="score-good")
            yield Input(placeholder="What went well?", id="went-well")
            yield Input(placeholder="What to improve next time?", id="to-improve")
            # rapid-fire questions were graded one by one as they went
            with Horizontal(classes="score-row", id="grade-row") as row:
                row.display = not session.questions
                yield Label("Grade", classes="score-name")
                yield Select(
                    [(label, key) for key, label in GRADE_LABELS.items()],
                    prompt="how did it go?",
                    compact=True,
                    id="grade",
                )
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
                question.title,
                format_clock(phase.actual_seconds),
                GRADE_LABELS.get(grade, Text("not graded", "dim")),
            )
        return table

    def _timeline(self) -> Table:
        table = Table(
            title="Planned vs actual", title_justify="left", expand=False, show_edge=False
        )
        table.add_column("phase")
        table.add_column("planned", justify="right")
        table.add_column("actual", justify="right")
        table.add_column("", justify="right")
        session = self.mock.session
        assert session is not None
        for phase in session.phases:
            diff = phase.actual_seconds - phase.planned_seconds
            style = "red" if diff > 30 else "green" if phase.actual_seconds else "dim"
            table.add_row(
                phase.name,
                format_clock(phase.planned_seconds),
                format_clock(phase.actual_seconds),
                Text(format_overrun(diff), style=style)
                if phase.actual_seconds
                else Text("skipped", "dim"),
            )
        table.add_row(
            Text("total", style="bold"),
            format_clock(session.planned_seconds()),
            format_clock(session.actual_seconds()),
            "",
        )
        return table

    def on_mount(self) -> None:
        selects = self.query(".score")
        if selects:
            selects.first().focus()
        else:
            self.query_one("#went-well", Input).focus()

    def _scores(self) -> dict[str, int]:
        session = self.mock.session
        assert session is not None
        scores = {}
        for index, item in enumerate(session.rubric):
            value = self.query_one(f"#score-{index}", Select).value
            if isinstance(value, int):
                scores[item.name] = value
        return scores

    @on(Select.Changed, ".score")
    def suggest(self) -> None:
        if self._grade_touched:
            return
        grade = suggest_grade(self._scores())
        if grade is not None:
            select = self.query_one("#grade", Select)
            with self.prevent(Select.Changed):
                select.value = grade

    @on(Select.Changed, "#grade")
    def grade_chosen(self) -> None:
        self._grade_touched = True

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        grade = self.query_one("#grade", Select).value
        review = SelfReview(
            self._scores(),
            self.query_one("#went-well", Input).value.strip(),
            self.query_one("#to-improve", Input).value.strip(),
        )
        try:
            self.mock.save_review(review, grade if isinstance(grade, str) else None)
        except SessionError as exc:
            self.notify(f"Could not save the review: {exc}", severity="error", timeout=15)
            return
        self.notify(f"Review saved to {self.mock.folder}", timeout=6)
        self.dismiss()

    @on(Button.Pressed, "#skip")
    def action_skip(self) -> None:
        self.notify(f"Mock saved to {self.mock.folder} (no review).", timeout=6)
        self.dismiss()
