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

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shape: tuple[int, ...] | None = None

    def running(self) -> None:
        """Said on the border: the last result stays as it is, so the screen is not laid out
        again while the clock ticks."""
        self.border_title = "running the tests…"

    def show(self, run: TestRun, note: str = "") -> None:
        self.set_class(run.green, "-green")
        self.set_class(not run.green, "-red")
        body = describe(run)
        if note:
            body = Group(Text(note, style="bold"), body)
        # laid out again only when the text's shape changed: a run like the last redraws in place
        shape = _shape(body)
        self.query_one("#results", Static).update(body, layout=shape != self._shape)
        self._shape = shape
        self.border_title = None
        self.scroll_home(animate=False)

    def say(self, text: str, style: str = "dim") -> None:
        self._shape = None
        self.query_one("#results", Static).update(Text(text, style=style))


def _shape(renderable: RenderableType) -> tuple[int, ...]:
    """The lengths of its lines: text of the same shape wraps to the same height."""
    if isinstance(renderable, Group):
        return tuple(n for part in renderable.renderables for n in _shape(part))
    if isinstance(renderable, Text):
        return tuple(len(line) for line in renderable.plain.split("\n"))
    return (-1,)
