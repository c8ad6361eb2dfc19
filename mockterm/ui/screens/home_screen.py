"""Home: pick a round type (or let mockterm surprise you) and start a timed mock."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from mockterm.core.bank import Round
from mockterm.core.selection import pick_prompt

if TYPE_CHECKING:
    from mockterm.ui.app import MocktermApp


class HomeScreen(Screen[None]):
    BINDINGS = [
        Binding("enter", "start", "Start"),
        Binding("s", "surprise", "Surprise me"),
        Binding("q", "app.quit", "Quit"),
    ]

    @property
    def mockterm(self) -> MocktermApp:
        return cast("MocktermApp", self.app)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="home"):
            options = [Option(self._label(r), id=r.id) for r in self.mockterm.bank.rounds.values()]
            yield OptionList(*options, id="rounds")
            with VerticalScroll(id="round-detail"):
                yield Static(id="round-info")
        yield Static(f"Sessions are saved in {self.mockterm.store.root}", id="home-status")
        yield Footer()

    def _label(self, round_: Round) -> Text:
        count = len(self.mockterm.bank.prompts_for(round_.id))
        label = Text(round_.title)
        label.append(f" · {count}", style="dim")
        return label

    def on_mount(self) -> None:
        rounds = self.query_one("#rounds", OptionList)
        if rounds.option_count:
            rounds.highlighted = 0
        else:
            self.query_one("#round-info", Static).update(
                "No round types in the question bank. Check `mockterm bank validate`."
            )
        rounds.focus()

    @on(OptionList.OptionHighlighted, "#rounds")
    def show_round(self, event: OptionList.OptionHighlighted) -> None:
        round_id = event.option.id
        if round_id is None:
            return
        self.query_one("#round-info", Static).update(
            self._detail(self.mockterm.bank.rounds[round_id])
        )

    def _detail(self, round_: Round) -> Group:
        count = len(self.mockterm.bank.prompts_for(round_.id))
        plan = Table.grid(padding=(0, 1))
        plan.add_column(justify="right", style="bold", no_wrap=True)
        plan.add_column()
        if round_.format == "rapid_fire":
            plan.add_row(
                f"{round_.questions} ×",
                Text(f"{round_.seconds_per_question:g} s per question, answer revealed after each"),
            )
        for phase in round_.phases:
            plan.add_row(
                f"{phase.minutes:g}m",
                Text.assemble((phase.name, "bold"), "  ", (phase.guidance, "dim")),
            )
        return Group(
            Text(round_.title, style="bold"),
            Text(round_.description),
            Text(""),
            plan,
            Text(""),
            Text(
                f"{count} prompts · {round_.total_minutes():g} minutes · Enter starts",
                style="italic",
            ),
        )

    @on(OptionList.OptionSelected, "#rounds")
    def selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.start_round(event.option.id)

    def action_start(self) -> None:
        rounds = self.query_one("#rounds", OptionList)
        if rounds.highlighted is None:
            return
        option = rounds.get_option_at_index(rounds.highlighted)
        if option.id is not None:
            self.start_round(option.id)

    def start_round(self, round_id: str) -> None:
        prompt = pick_prompt(
            self.mockterm.bank, round_id, recent=self._recent(), rng=self.mockterm.rng
        )
        if prompt is None:
            self.notify("This round type has no prompts yet.", severity="warning")
            return
        self.mockterm.start_mock(prompt)

    def action_surprise(self) -> None:
        prompt = pick_prompt(self.mockterm.bank, None, recent=self._recent(), rng=self.mockterm.rng)
        if prompt is None:
            self.notify("The question bank is empty.", severity="warning")
            return
        self.mockterm.start_mock(prompt)

    def _recent(self, count: int = 5) -> list[str]:
        sessions = [e.session for e in self.mockterm.store.scan() if e.session is not None]
        sessions.sort(key=lambda s: s.started_at)
        return [s.prompt.id for s in sessions[-count:]]
