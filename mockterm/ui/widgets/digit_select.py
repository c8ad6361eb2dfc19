"""A Select whose options are numbered: typing an option's number chooses it at once."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from rich.console import RenderableType
from textual import events
from textual.widgets import Select
from textual.widgets.select import NoSelection

T = TypeVar("T")


class DigitSelect(Select[T]):
    """Typing `n` (1-9) while it has the focus and is closed chooses its n-th option: a score
    is one key, not Enter, a digit and Enter. Enter still opens the list."""

    def __init__(
        self,
        options: Iterable[tuple[RenderableType, T]],
        *,
        prompt: str = "Select",
        value: T | NoSelection = Select.NULL,
        compact: bool = True,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        options = list(options)
        super().__init__(
            options, prompt=prompt, value=value, compact=compact, id=id, classes=classes
        )
        self.choices = [choice for _, choice in options]
        """The options' values in order: digit n chooses `choices[n - 1]`."""

    def on_key(self, event: events.Key) -> None:
        if self.expanded or event.character is None or event.character not in "123456789":
            return
        index = int(event.character) - 1
        if index < len(self.choices):
            event.stop()
            event.prevent_default()
            self.value = self.choices[index]
