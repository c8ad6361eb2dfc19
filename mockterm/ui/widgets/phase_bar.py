"""A one-line bar of the mock's phases, each as wide as its planned share of the time."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from mockterm.core.sessions.timer import PhaseResult


class PhaseBar(Widget):
    """Done phases show actual vs planned; the current one fills as time passes."""

    DEFAULT_CSS = """
    PhaseBar { height: 1; width: 1fr; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.results: list[PhaseResult] = []
        self.current = 0

    def show(self, results: list[PhaseResult], current: int) -> None:
        self.results = results
        self.current = current
        self.refresh()

    def render(self) -> Text:
        width = self.size.width
        total = sum(r.planned for r in self.results) or 1.0
        text = Text()
        used = 0
        for i, result in enumerate(self.results):
            last = i == len(self.results) - 1
            cell = width - used if last else max(int(width * result.planned / total), 3)
            cell = max(min(cell, width - used), 0)
            used += cell
            if i < self.current:
                label = f"{result.name} {_minutes(result.actual)}/{_minutes(result.planned)}"
                over = result.actual > result.planned + 1
                style = "black on dark_orange" if over else "black on green"
            elif i == self.current:
                label = result.name
                filled = (
                    int(cell * min(result.actual / result.planned, 1.0)) if result.planned else cell
                )
                part = _fit(label, cell)
                over = result.actual > result.planned
                text.append(
                    part[:filled], style="bold white on red" if over else "bold black on cyan"
                )
                text.append(part[filled:], style="bold white on grey23")
                continue
            else:
                label = result.name
                style = "white on grey15"
            text.append(_fit(label, cell), style=style)
        return text


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.0f}m" if seconds >= 60 else f"{seconds:.0f}s"


def _fit(label: str, width: int) -> str:
    """`label` padded or cut to `width` cells, with a divider at the right edge."""
    if width <= 1:
        return " " * width
    return f" {label}"[: width - 1].ljust(width - 1) + "▕"
