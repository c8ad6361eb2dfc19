"""Baselines for the benchmarks: the barest Textual apps that do what mockterm's screens do."""

from __future__ import annotations

import sys

from textual.app import App, ComposeResult
from textual.widgets import Digits, Footer, Header, Static


class HelloApp(App[None]):
    """Paints Header / Static / Footer: the start-up baseline."""

    BINDINGS = [("q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("hello world")
        yield Footer()


class TickingApp(App[None]):
    """A Digits countdown updated 4 times a second: the CPU baseline."""

    def compose(self) -> ComposeResult:
        yield Digits("0:00")

    def on_mount(self) -> None:
        self.count = 0
        self.set_interval(0.25, self.tick)

    def tick(self) -> None:
        self.count += 1
        seconds = 3600 - self.count // 4
        self.query_one(Digits).update(f"{seconds // 60}:{seconds % 60:02d}")


if __name__ == "__main__":
    (TickingApp if sys.argv[1:] == ["tick"] else HelloApp)().run()
