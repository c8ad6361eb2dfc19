"""A one-line input level meter for the microphone while a mock records."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget


class LevelMeter(Widget):
    """A bar for the input level (0..1 of the dB range) that turns to the theme's error colour
    near clipping.

    | Class | What |
    | :- | :- |
    | `level-meter--level` | the bar |
    | `level-meter--clipping` | the bar near clipping |
    | `level-meter--rest` | the rest of the meter |
    """

    COMPONENT_CLASSES = {"level-meter--level", "level-meter--clipping", "level-meter--rest"}

    DEFAULT_CSS = """
    LevelMeter {
        height: 1;
        width: 12;
        & > .level-meter--level { color: $success; }
        & > .level-meter--clipping { color: $error; }
        & > .level-meter--rest { color: $text-disabled; }
    }
    """

    level: reactive[float] = reactive(0.0, repaint=False)
    """Set ten times a second while recording; the meter repaints only when its bar changes."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._drawn: tuple[int, bool] | None = None

    def _bar(self) -> tuple[int, bool]:
        """(cells filled, clipping): all that the meter shows of the level."""
        width = max(self.size.width, 1)
        return round(min(max(self.level, 0.0), 1.0) * width), self.level >= 0.9

    def watch_level(self) -> None:
        # a level that moves within one cell changes nothing on screen: no repaint for it
        if self._bar() != self._drawn:
            self.refresh()

    def render(self) -> Text:
        width = max(self.size.width, 1)
        self._drawn = (filled, clipping) = self._bar()
        style = self.get_component_rich_style
        bar = "level-meter--clipping" if clipping else "level-meter--level"
        return Text.assemble(
            ("█" * filled, style(bar)), ("·" * (width - filled), style("level-meter--rest"))
        )
