"""A one-line input level meter for the microphone while a mock records."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget


class LevelMeter(Widget):
    """Green bar for the input level (0..1 of the dB range), red near clipping."""

    DEFAULT_CSS = """
    LevelMeter { height: 1; width: 12; }
    """

    level: reactive[float] = reactive(0.0)

    @dataclass
    class Level(Message):
        """A new input level (0..1), sent by the audio writer thread about ten times a second."""

        level: float

        def can_replace(self, message: Message) -> bool:
            # only the latest level matters: a burst in the queue collapses into one
            return isinstance(message, LevelMeter.Level)

    def render(self) -> Text:
        width = max(self.size.width, 1)
        filled = round(min(max(self.level, 0.0), 1.0) * width)
        text = Text()
        text.append("█" * filled, style="red" if self.level >= 0.9 else "green")
        text.append("·" * (width - filled), style="dim")
        return text
