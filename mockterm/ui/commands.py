"""The command palette's commands: Textual's own and those of the screen it was opened on."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from textual.app import SystemCommand
from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

from mockterm.core.text import plain
from mockterm.ui.text import markup


@runtime_checkable
class HasCommands(Protocol):
    """A screen that offers commands in the palette."""

    def palette_commands(self) -> Iterable[SystemCommand]:
        """Each command bound to the screen's method that runs it (so that a renamed method is a
        type error, not a command that silently does nothing)."""
        ...


class PaletteCommands(Provider):
    """Textual's system commands (theme, keys, quit, …) and the screen's own, in one list sorted
    by title: one provider, so the palette always lists them in the same order."""

    def _commands(self) -> list[SystemCommand]:
        screen = self.screen
        commands = list(self.app.get_system_commands(screen))
        if isinstance(screen, HasCommands):
            commands += screen.palette_commands()
        return sorted(commands, key=lambda command: command.title)

    async def discover(self) -> Hits:
        for command in self._commands():
            if command.discover:
                yield DiscoveryHit(
                    Content(plain(command.title)),
                    command.callback,
                    text=command.title,
                    help=markup(command.help),
                )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._commands():
            if (score := matcher.match(command.title)) > 0:
                yield Hit(
                    score,
                    _highlight(matcher, command.title),
                    command.callback,
                    text=command.title,
                    help=markup(command.help),
                )


def _highlight(matcher: Matcher, title: str) -> Content:
    """The title with the letters that match in bold. The palette reads a string as markup and
    titles carry a round type's title from a bank: one that looks like markup is shown as it is,
    without the highlight (Matcher.highlight parses its argument as markup)."""
    if markup(title) != title:
        return Content(plain(title))
    return matcher.highlight(title)
