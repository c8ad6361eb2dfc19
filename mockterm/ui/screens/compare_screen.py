"""Compare attempts: every session of one prompt side by side, oldest first, so progress on a
question shows (time per phase, key points covered, scores, speech)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from mockterm.core.review.index import ReviewRow
from mockterm.core.review.stats import attempts
from mockterm.core.sessions.model import cut_phase
from mockterm.core.sessions.timer import format_clock, format_overrun, overrun_seconds
from mockterm.ui.text import line
from mockterm.ui.widgets.footer import Footer

if TYPE_CHECKING:
    from mockterm.ui.app import MocktermApp


class CompareScreen(Screen[None]):
    BINDINGS = [Binding("escape", "back", "Back"), Binding("enter", "open", "Open", show=False)]

    def __init__(self, prompt_id: str, rows: Sequence[ReviewRow]) -> None:
        super().__init__()
        self.prompt_id = prompt_id
        self.attempts = attempts(rows, prompt_id)
        names: dict[str, None] = {}
        for row in self.attempts:
            for name, _, _ in row.phases:
                names.setdefault(name)
        self.phase_names = list(names)

    def compose(self) -> ComposeResult:
        yield Header()
        title = self.attempts[-1].prompt_title if self.attempts else self.prompt_id
        yield Static(
            Text.assemble(
                ("Attempts of ", "bold"),
                line(title, "bold"),
                f"  ({len(self.attempts)}, oldest first; phase cells are actual vs plan; "
                "self and interviewer scores apart)",
            ),
            id="compare-title",
        )
        yield DataTable(id="compare-table", cursor_type="row", zebra_stripes=True)
        yield Static(id="compare-info", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Compare attempts"
        table: DataTable[str | Text] = self.query_one("#compare-table", DataTable)
        coding = any(row.tests[1] for row in self.attempts)
        levels = max((len(row.levels_green) for row in self.attempts), default=0)
        code_columns = ["tests", "green at", *(f"L{n} green" for n in range(1, levels + 1))]
        table.add_columns(
            "date",
            "time",
            *(line(name) for name in self.phase_names),  # a column label is markup too
            *(code_columns if coding else ()),
            "key pts",
            "self",
            "interviewer",
            "WPM",
            "fill≥",
        )
        for row in self.attempts:
            cut = cut_phase([actual for _, _, actual in row.phases], row.status)
            phases = {
                name: (i, planned, actual) for i, (name, planned, actual) in enumerate(row.phases)
            }
            cells: list[str | Text] = [row.started_at[2:10], format_clock(row.actual)]
            for name in self.phase_names:
                if name not in phases or not phases[name][2]:
                    cells.append(Text("—", "dim"))
                    continue
                index, planned, actual = phases[name]
                if index == cut:
                    # the mock stopped here: its time is when, not how long the phase takes
                    cells.append(Text(f"{format_clock(actual)} cut", "dim"))
                    continue
                over = overrun_seconds(actual, planned)
                cells.append(
                    Text(
                        f"{format_clock(actual)} {format_overrun(over)}",
                        "red" if over > 30 else "green" if over <= 0 else "",
                    )
                )
            if coding:
                passed, run = row.tests
                cells.append(Text(f"{passed}/{run}", "green" if run and passed == run else "red"))
                cells.append(format_clock(row.green_at) if row.green_at is not None else "—")
                greens = [format_clock(at) for at in row.levels_green]
                cells += greens + ["—"] * (levels - len(greens))
            covered, total = row.key_points
            cells += [
                (f"{covered}/{total}" if row.key_points_assessed else Text("n/a", "dim"))
                if total
                else "",
                f"{row.score:.1f}" if row.score is not None else line(row.grade),
                f"{row.feedback_score:.1f}" if row.feedback_score is not None else "",
                f"{row.wpm:.0f}" if row.wpm is not None else "",
                f"{row.fillers_per_minute:.1f}" if row.fillers_per_minute is not None else "",
            ]
            table.add_row(*cells)
        if self.attempts:
            table.move_cursor(row=len(self.attempts) - 1)
        table.focus()
        self.call_after_refresh(self._say_what_is_hidden)

    def on_resize(self) -> None:
        self.call_after_refresh(self._say_what_is_hidden)

    def _say_what_is_hidden(self) -> None:
        """Columns past the right edge (key points, scores, speech) are one key away: say so."""
        table = self.query_one("#compare-table", DataTable)
        parts = ["Enter opens an attempt"]
        if table.virtual_size.width > table.scrollable_content_region.width:
            parts.insert(0, "→/← scroll to the columns past the edge (key points, scores, speech)")
        if any(row.key_points[1] and not row.key_points_assessed for row in self.attempts):
            parts.append("key pts n/a: no transcript and nothing ticked, so not assessed")
        self.query_one("#compare-info", Static).update(" · ".join(parts))

    @on(DataTable.RowSelected)
    def action_open(self) -> None:
        table = self.query_one("#compare-table", DataTable)
        if 0 <= table.cursor_row < len(self.attempts):
            app = cast("MocktermApp", self.app)
            app.open_session(app.store.root / self.attempts[table.cursor_row].folder)

    def action_back(self) -> None:
        self.dismiss()
