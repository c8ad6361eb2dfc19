"""The running mock's prompt pane: the prompt as Markdown, and the hints and notes below it in
coding rounds (where the editor takes the side pane's room)."""

from __future__ import annotations

from collections.abc import Callable

from textual.containers import VerticalScroll
from textual.widgets import Markdown

Shown = tuple[str, int, bool, int]
"""What the pane shows: the prompt's id, the last level shown (-1: none), whether the reference
is revealed, how many follow-ups were asked."""


class PromptPane(VerticalScroll):
    """Holds the `#prompt` Markdown; drawn again only when what it shows changes. A level just
    unlocked scrolls into view; anything else starts at the top."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: Shown | None = None

    def show(self, key: Shown, text: str, then: Callable[[], None]) -> None:
        """Show `text`, which `key` says what it is of; `then` runs once it is laid out."""
        if key == self._shown:
            return
        before, self._shown = self._shown, key
        new_level = before is not None and before[0] == key[0] and key[1] > before[1]
        markdown = self.query_one("#prompt", Markdown)
        updated = markdown.update(text)
        if not new_level:
            self.scroll_home(animate=False)

        def into_view() -> None:
            # a level just revealed goes where the eye is, not below the fold
            headings = markdown.query("MarkdownH2")  # the levels' headings (not exported)
            if headings:
                self.scroll_to_widget(headings.last(), top=True, animate=False)

        async def shown_in_full() -> None:
            await updated
            if new_level:
                self.call_after_refresh(into_view)  # once the new blocks are laid out
            then()

        self.call_later(shown_in_full)
