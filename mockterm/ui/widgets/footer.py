"""The footer of every screen: its keys drawn as one line, as Textual's Footer looks."""

from __future__ import annotations

from typing import NamedTuple

from rich.style import Style
from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget


class Key(NamedTuple):
    """A key the footer shows and the cells it takes (`start` to `end`)."""

    key: str
    enabled: bool
    start: int
    end: int


class Footer(Widget, can_focus=False):
    """The keys of the screen's active bindings as Textual's Footer shows them (a click on one
    presses it), drawn by this one widget. Textual's Footer holds a widget per key, composed a
    frame after the screen's and again whenever a binding changes: at Home's start, styling and
    laying out those eight widgets cost a sixth of the first frame, and in a mock every change
    of its keys (a test run, a pause) mounted ten widgets again while the clock ticked. Here a
    change of binding is a repaint of one line.

    A screen may name a key by its state (space: "Pause" or "Resume") with a method
    `footer_description(binding) -> str`; it calls `refresh_bindings` when the name changes."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {
        "footer--item",
        "footer--hover",
        "footer--key",
        "footer--description",
        "footer--bar",
    }
    # the colours of Textual's FooterKey and Footer, so that both footers look the same
    DEFAULT_CSS = """
    Footer {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        .footer--item { background: $footer-item-background; }
        .footer--hover { color: $footer-key-foreground; background: $block-hover-background; }
        .footer--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .footer--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        .footer--bar { color: $foreground 20%; background: $footer-item-background; }
    }
    """

    def __init__(self, *, compact: bool = False, show_command_palette: bool = True) -> None:
        super().__init__()
        self.compact = compact
        """Textual's compact footer: keys without padding, a space between them."""
        self.show_command_palette = show_command_palette
        self._shown: list[Key] = []
        self._hover: str | None = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        self.refresh()

    def render(self) -> Text:
        """The keys from the left, the palette's at the right after a bar; keys that do not fit
        are left out (Textual's footer scrolls them out of sight)."""
        style = {name: self.get_component_rich_style(name) for name in self.COMPONENT_CLASSES}
        shows_palette = self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE
        palette_key = self.app.COMMAND_PALETTE_BINDING if shows_palette else ""
        keys: list[tuple[str, bool, Text]] = []
        palette: tuple[str, bool, Text] | None = None
        describe = getattr(self.screen, "footer_description", None)
        for key, (_, binding, enabled, _) in self.screen.active_bindings.items():
            if not (binding.show or key == palette_key):
                continue
            base = style["footer--hover" if key == self._hover and enabled else "footer--item"]
            if not enabled:
                base += Style(dim=True)
            shown = self.app.get_key_display(binding)
            name = describe(binding) if describe is not None else binding.description
            if key == palette_key or self.compact:  # "^p palette"
                key_text, description = shown, f" {name}"
            else:  # " d Due "
                key_text, description = f" {shown} ", f"{name} "
            label = Text.assemble(
                (key_text, style["footer--key"]), (description, style["footer--description"])
            )
            label.stylize_before(base)
            if key == palette_key:
                if not self.compact:
                    label.append(" ", base)  # the palette's key has a space of its own
                palette = (key, enabled, label)
            else:
                keys.append((key, enabled, label))

        right = Text.assemble(("▏", style["footer--bar"]), palette[2]) if palette else Text()
        room = self.size.width - right.cell_len
        line = Text(no_wrap=True, overflow="crop", end="")
        self._shown = []
        for key, enabled, label in keys:
            start = line.cell_len
            if start + label.cell_len > room:
                break
            line.append_text(label)
            self._shown.append(Key(key, enabled, start, line.cell_len))
            if self.compact:
                line.append(" ")  # compact keys keep a space between them
        line.append(" " * max(room - line.cell_len, 0))
        if palette is not None:
            self._shown.append(Key(palette[0], palette[1], line.cell_len + 1, self.size.width))
            line.append_text(right)
        return line

    def _key_at(self, x: int) -> Key | None:
        return next((key for key in self._shown if key.start <= x < key.end), None)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        under = self._key_at(event.x)
        hover = under.key if under is not None else None
        if hover != self._hover:
            self._hover = hover
            self.refresh()

    def on_leave(self) -> None:
        if self._hover is not None:
            self._hover = None
            self.refresh()

    def on_mouse_down(self, event: events.MouseDown) -> None:
        key = self._key_at(event.x)
        if key is None:
            return
        if key.enabled:
            self.app.simulate_key(key.key)
        else:
            self.app.bell()
