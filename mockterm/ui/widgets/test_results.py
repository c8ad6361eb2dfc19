"""The results of a coding mock's last test run: passed of total, each failure with its
assertion and the first lines of its traceback, examples and hidden tests told apart."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from mockterm.core.coding.runner import TestRun
from mockterm.core.text import plain

TRACEBACK_SHOWN = 4


def describe(run: TestRun) -> RenderableType:
    """The run for the screen: a headline, then the failures (hidden tests by name only)."""
    if run.problem and not run.results:
        return Text.assemble(("✗ ", "bold red"), plain(run.problem))
    style = "bold green" if run.green else "bold red"
    head = Text.assemble(
        (f"{'✓' if run.green else '✗'} {run.passed}/{run.total} passed", style),
        (f"  in {run.seconds:.1f} s", "dim"),
    )
    for label in run.files:
        results = run.of(label)
        if results:
            passed = sum(r.passed for r in results)
            head.append(f"  · {label} {passed}/{len(results)}", style="dim")
    parts: list[RenderableType] = [head]
    if run.problem:
        parts.append(Text(plain(run.problem), style="red"))
    for result in run.results:
        if result.passed:
            continue
        hidden = "hidden" in result.file
        parts.append(
            Text.assemble(
                ("✗ ", "red"),
                (result.name, "bold"),
                (f"  ({result.file})", "dim"),
                f"  {plain(result.message)}" if result.message else "",
            )
        )
        if not hidden:  # a hidden test's code is not shown; its message and place are enough
            for line in result.traceback[-TRACEBACK_SHOWN:]:
                parts.append(Text(f"    {plain(line)}", style="dim"))
    if run.output.strip():
        parts.append(Text("output:", style="dim"))
        parts.append(Text(plain(run.output[-1500:]), style="dim"))
    return Group(*parts)


class TestResults(VerticalScroll):
    """Empty until the first run; `show` replaces what it says."""

    DEFAULT_CSS = """
    TestResults { height: 9; border: round $panel; padding: 0 1; }
    TestResults.-green { border: round $success; }
    TestResults.-red { border: round $error; }
    """

    def compose(self) -> ComposeResult:
        yield Static(Text("Ctrl+R runs the tests against your code.", style="dim"), id="results")

    def running(self) -> None:
        self.query_one("#results", Static).update(Text("Running the tests…", style="yellow"))

    def show(self, run: TestRun, note: str = "") -> None:
        self.set_class(run.green, "-green")
        self.set_class(not run.green, "-red")
        body = describe(run)
        if note:
            body = Group(Text(note, style="bold"), body)
        self.query_one("#results", Static).update(body)
        self.scroll_home(animate=False)

    def say(self, text: str, style: str = "dim") -> None:
        self.query_one("#results", Static).update(Text(text, style=style))
