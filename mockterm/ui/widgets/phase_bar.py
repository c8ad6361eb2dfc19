"""A one-line bar of the mock's phases, each as wide as its planned share of the time."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from mockterm.core.sessions.timer import PhaseResult, format_clock, overrun_seconds


class PhaseBar(Widget):
    """Done phases show actual vs planned; the current one fills as time passes.

    Its colours come from the theme, through these component classes:

    | Class | What |
    | :- | :- |
    | `phase-bar--done` | a phase finished on time |
    | `phase-bar--over` | a phase finished over its plan |
    | `phase-bar--elapsed` | the time gone of the current phase |
    | `phase-bar--overtime` | the current phase, once past its plan |
    | `phase-bar--left` | the time left of the current phase |
    | `phase-bar--upcoming` | a phase still to come |
    """

    COMPONENT_CLASSES = {
        "phase-bar--done",
        "phase-bar--over",
        "phase-bar--elapsed",
        "phase-bar--overtime",
        "phase-bar--left",
        "phase-bar--upcoming",
    }

    DEFAULT_CSS = """
    PhaseBar {
        height: 1;
        width: 1fr;
        & > .phase-bar--done { color: $text; background: $success; }
        & > .phase-bar--over { color: $text; background: $warning; }
        & > .phase-bar--elapsed { color: $text; background: $primary; text-style: bold; }
        & > .phase-bar--overtime { color: $text; background: $error; text-style: bold; }
        & > .phase-bar--left { color: $text; background: $panel; text-style: bold; }
        & > .phase-bar--upcoming { color: $text-muted; background: $surface; }
    }
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
        style = self.get_component_rich_style
        text = Text()
        used = 0
        for i, result in enumerate(self.results):
            last = i == len(self.results) - 1
            cell = width - used if last else max(int(width * result.planned / total), 3)
            cell = max(min(cell, width - used), 0)
            used += cell
            if i < self.current:
                label = (
                    f"{result.name} {format_clock(result.actual)}/{format_clock(result.planned)}"
                )
                over = overrun_seconds(result.actual, result.planned) > 0
                text.append(_fit(label, cell), style(f"phase-bar--{'over' if over else 'done'}"))
            elif i == self.current:
                filled = (
                    int(cell * min(result.actual / result.planned, 1.0)) if result.planned else cell
                )
                part = _fit(result.name, cell)
                over = result.actual > result.planned
                text.append(part[:filled], style(f"phase-bar--{'overtime' if over else 'elapsed'}"))
                text.append(part[filled:], style("phase-bar--left"))
            else:
                text.append(_fit(result.name, cell), style("phase-bar--upcoming"))
        return text


def _fit(label: str, width: int) -> str:
    """`label` padded or cut to `width` cells, with a divider at the right edge."""
    if width <= 1:
        return " " * width
    return f" {label}"[: width - 1].ljust(width - 1) + "▕"
