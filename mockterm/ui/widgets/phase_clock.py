"""The mock's clock row: the phase's countdown in big digits, its name, guidance and time left."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Digits, Static

from mockterm.core.sessions.timer import PhaseTimer, TimerState, format_clock


class PhaseClock(Horizontal):
    """Drawn again only when what it shows changes: the clock ticks every second of a mock."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: tuple[object, ...] = ()
        self._lines: dict[str, Text] = {}

    def compose(self) -> ComposeResult:
        yield Digits("0:00", id="phase-clock")
        with Vertical(id="phase-info"):
            yield Static(id="phase-name")
            yield Static(id="phase-guidance")
            yield Static(id="total")

    def show(self, timer: PhaseTimer, *, revealed: bool = False) -> bool:
        """Show the timer's state (`revealed`: a rapid-fire answer waits for its grade); False
        when nothing changed since the last call."""
        remaining = timer.phase_remaining()
        shown = (
            format_clock(remaining, countdown=True),
            format_clock(timer.total_remaining(), countdown=True),
            timer.index,
            timer.state,
            revealed,
        )
        if shown == self._shown:
            return False
        self._shown = shown
        clock = self.query_one("#phase-clock", Digits)
        clock.update(shown[0])
        clock.set_class(remaining < 0, "-overtime")
        clock.set_class(
            0 <= remaining <= timer.warning_lead
            and timer.planned[timer.index] > timer.warning_lead,
            "-warning",
        )
        phase = timer.current
        name = Text(f"{phase.name}", style="bold")
        name.append(f"  phase {timer.index + 1}/{len(timer.phases)}", style="dim")
        if revealed:
            name.append("  answer shown: grade it 1-4", style="bold reverse")
        elif timer.state is TimerState.PAUSED:
            name.append("  PAUSED", style="bold reverse")
        elif remaining < 0:
            name.append("  overtime: press n for the next phase", style="bold red")
        self._show_line("#phase-name", name)
        self._show_line("#phase-guidance", Text(phase.guidance, style="italic"))
        if timer.total_remaining() < 0:
            total = Text(f"{shown[1]} past the interview's planned end", style="bold red")
        else:
            total = Text(f"{shown[1]} left in total", style="dim")
        self._show_line("#total", total)
        return True

    def flash(self) -> None:
        """A checkpoint: the clock lights up for a moment."""
        clock = self.query_one("#phase-clock", Digits)
        clock.add_class("-checkpoint")
        self.set_timer(1.5, lambda: clock.remove_class("-checkpoint"))

    def _show_line(self, selector: str, text: Text) -> None:
        """Update a line only when it changed, and lay the screen out again only when its
        length did."""
        before = self._lines.get(selector)
        if before == text:
            return
        self._lines[selector] = text
        layout = before is None or len(before.plain) != len(text.plain)
        self.query_one(selector, Static).update(text, layout=layout)
