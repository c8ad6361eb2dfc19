"""Textual's Footer with its keys in the screen's first frame, laid out only when they change."""

from __future__ import annotations

from collections.abc import Hashable

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer as TextualFooter
from textual.widgets._footer import FooterKey


class Footer(TextualFooter):
    """Textual's Footer composes its keys only after a refresh once the screen says its bindings
    changed, and again for every change queued before it ran (three at Home's start, and one
    per focus move): the keys came a frame and three layouts after the rest of the screen.
    This one composes them as soon as the screen's focus is settled (a focused widget's
    bindings can hide the screen's), and again only when the keys it shows differ."""

    def __init__(self) -> None:
        super().__init__()
        self._recompose_queued = False
        self._shown: Hashable = None

    def compose(self) -> ComposeResult:
        if self.screen.focused is None and not self._bindings_ready:
            return  # the screen's auto focus comes next, and says its bindings changed
        self._bindings_ready = True
        self._shown = self._keys()
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                # Textual's keys start compact, then take the footer's style (bound to it) once
                # mounted: two restyles of each key, a third of Home's styling before its first
                # frame. Given their style now, they are styled once. (The palette key is not
                # bound: it stays compact.)
                compact = widget.has_class("-command-palette") or self.compact
                widget.set_reactive(FooterKey.compact, compact)
                widget.set_class(compact, "-compact", update=False)
            yield widget

    def _keys(self) -> Hashable:
        """What the footer shows of the screen's bindings: when it is the same, so is the footer."""
        palette = self.app.COMMAND_PALETTE_BINDING
        return tuple(
            (key, binding.action, binding.description, binding.tooltip, binding.group, enabled, tip)
            for key, (_, binding, enabled, tip) in self.screen.active_bindings.items()
            if binding.show or key == palette
        )

    def bindings_changed(self, screen: Screen[object]) -> None:
        if self._recompose_queued or not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen:
            self._recompose_queued = True
            self.call_next(self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        # cleared first: a change that comes during the recompose queues another
        self._recompose_queued = False
        if self._bindings_ready and self._keys() == self._shown:
            return
        self._bindings_ready = True
        await self.recompose()
