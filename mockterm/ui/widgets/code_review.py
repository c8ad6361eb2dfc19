"""A coding mock's code in the session detail screen: the code at the end of each phase (or
what changed in it), and the test runs on the mock's time line with each level's time to green.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.syntax import Syntax
from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import OptionList, Static, TextArea
from textual.widgets.option_list import Option
from textual_plotext import PlotextPlot

from mockterm.core.review.code import CodeReview
from mockterm.core.sessions.timer import format_clock
from mockterm.core.text import plain


def _changed(diff: str) -> str:
    added = sum(1 for line in diff.splitlines() if line.startswith("+") and line[:3] != "+++")
    removed = sum(1 for line in diff.splitlines() if line.startswith("-") and line[:3] != "---")
    return f"+{added} -{removed}" if diff else "no change"


class CodeMoments(Horizontal):
    """The moments (end of each phase, end of the mock) on the left; the code, or with `d`
    what changed since the moment before, on the right."""

    BINDINGS = [Binding("d", "toggle_diff", "Code/diff")]

    def __init__(self, code: CodeReview, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.code = code
        self.diff = False

    def compose(self) -> ComposeResult:
        options = [
            Option(
                Text.assemble(
                    (f"{format_clock(m.offset):>6} ", "dim"),
                    m.label,
                    (f"  {_changed(m.diff)}", "dim"),
                )
            )
            for m in self.code.moments
        ]
        yield OptionList(*options, id="code-moments")
        yield TextArea("", language="python", read_only=True, show_line_numbers=True, id="code-at")
        with VerticalScroll(id="code-diff"):
            yield Static(id="code-diff-text")

    def on_mount(self) -> None:
        moments = self.query_one("#code-moments", OptionList)
        moments.highlighted = len(self.code.moments) - 1
        self._show()

    @on(OptionList.OptionHighlighted, "#code-moments")
    def _moved(self) -> None:
        self._show()

    def action_toggle_diff(self) -> None:
        self.diff = not self.diff
        self._show()

    def _show(self) -> None:
        index = self.query_one("#code-moments", OptionList).highlighted
        if index is None or not self.code.moments:
            return
        moment = self.code.moments[index]
        self.query_one("#code-at", TextArea).display = not self.diff
        self.query_one("#code-diff").display = self.diff
        if self.diff:
            body: RenderableType = (
                Syntax(plain(moment.diff), "diff", theme="ansi_dark")
                if moment.diff
                else Text("No change in this phase.", style="dim")
            )
            self.query_one("#code-diff-text", Static).update(body)
        else:
            self.query_one("#code-at", TextArea).load_text(plain(moment.text))


class TestTimeline(Vertical):
    """Tests passing over the mock's time (a chart), each level's time to green, every run."""

    def __init__(self, code: CodeReview, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.code = code

    def compose(self) -> ComposeResult:
        yield PlotextPlot(id="tests-plot")
        with VerticalScroll(id="tests-runs"):
            yield Static(self._runs())

    def on_mount(self) -> None:
        plot = self.query_one("#tests-plot", PlotextPlot).plt
        runs = self.code.runs
        if runs:
            minutes = [run.offset / 60 for run in runs]
            plot.plot(minutes, [run.passed for run in runs], marker="braille", label="passed")
            plot.plot(minutes, [run.total for run in runs], marker="dot", label="tests run")
        plot.title("Tests passing over the mock")
        plot.xlabel("minutes")

    def _runs(self) -> RenderableType:
        parts: list[RenderableType] = []
        first = self.code.first_green
        parts.append(
            Text.assemble(
                (f"{len(self.code.runs)} runs, {self.code.saves} saves", "bold"),
                f" · all green first at {format_clock(first)}"
                if first is not None
                else " · never all green",
            )
        )
        for level, at in self.code.levels_green:
            parts.append(Text(f"Level {level} green at {format_clock(at)}", style="green"))
        table = Table(show_edge=False, pad_edge=False, expand=True)
        table.add_column("at", justify="right", no_wrap=True)
        table.add_column("passed", justify="right", no_wrap=True)
        table.add_column("failing")
        for run in self.code.runs:
            style = "green" if run.green else "red"
            failing = run.problem or ", ".join(name.split("::")[-1] for name in run.failing)
            table.add_row(
                format_clock(run.offset),
                Text(f"{run.passed}/{run.total}", style=style),
                Text(plain(failing), style="dim"),
            )
        parts.append(table)
        return Group(*parts)
