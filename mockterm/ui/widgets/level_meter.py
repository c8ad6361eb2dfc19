"""A one-line input level meter for the microphone while a mock records."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget


class LevelMeter(Widget):
    """Green bar for the input level (0..1 of the dB range), red near clipping."""

    DEFAULT_CSS = """
    LevelMeter { height: 1; width: 12; }
    """

    level: reactive[float] = reactive(0.0)

    def render(self) -> Text:
        width = max(self.size.width, 1)
        filled = round(min(max(self.level, 0.0), 1.0) * width)
        text = Text()
        text.append("█" * filled, style="red" if self.level >= 0.9 else "green")
        text.append("·" * (width - filled), style="dim")
        return text
