"""Home: pick a round type (or what is due, or a surprise) and start a timed mock."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING, cast

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from mockterm.core.bank import Prompt, Round
from mockterm.ui.text import text
from mockterm.ui.widgets.footer import Footer

if TYPE_CHECKING:
    from mockterm.core.practice.service import Practice
    from mockterm.ui.app import MocktermApp


class HomeScreen(Screen[None]):
    BINDINGS = [
        Binding("enter", "start", "Start"),
        Binding("d", "due", "Due"),
        Binding("s", "surprise", "Surprise"),
        Binding("r", "toggle_record", "Record"),
        Binding("i", "toggle_interviewer", "Interviewer"),
        Binding("v", "review", "Review"),
        Binding("q", "app.quit", "Quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._stale = False  # a mock ran since the schedule was shown
        self._resumed = False
        self._composed: tuple[tuple[int, int], ...] = ()
        self._shown: tuple[tuple[int, int], ...] | None = None
        """What the round list shows of the schedule (due and done, per round type); None until
        Home is mounted: the sessions can be replayed before its widgets are all there."""

    @property
    def mockterm(self) -> MocktermApp:
        return cast("MocktermApp", self.app)

    @property
    def practice(self) -> Practice:
        return self.mockterm.practice

    def on_screen_suspend(self) -> None:
        self._stale = True

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        """Back from a mock (or a recovery): grades may have changed what is due."""
        if not self._resumed:
            # the first time Home shows, its widgets were styled as they mounted, a moment ago:
            # Textual's restyle of the whole screen on resume (for a screen coming back, the
            # theme may have changed meanwhile) would style them all a second time
            self._resumed = True
            event.refresh_styles = False
        if self._stale and self.is_mounted:
            self._stale = False
            self.mockterm.refresh_practice()

    def show_schedule(self) -> None:
        """Due counts on the round list, from the app's practice (just replayed)."""
        shown = self._schedule_shown()
        if self._shown is None or shown == self._shown:
            return  # not mounted yet (on_mount catches up), or nothing to redraw
        self._shown = shown
        rounds = self.query_one("#rounds", OptionList)
        for round_ in self.mockterm.bank.rounds.values():
            rounds.replace_option_prompt(round_.id, self._label(round_))
        if rounds.highlighted is not None:
            round_id = rounds.get_option_at_index(rounds.highlighted).id
            if round_id is not None:
                self.query_one("#round-info", Static).update(
                    self._detail(self.mockterm.bank.rounds[round_id])
                )

    def palette_commands(self) -> Iterable[SystemCommand]:
        yield SystemCommand(
            "What is due",
            "Start the most overdue prompt of any round (else one not done yet)",
            self.action_due,
        )
        yield SystemCommand(
            "Surprise me", "Start a random due or unseen prompt of any round", self.action_surprise
        )
        for round_ in self.mockterm.bank.rounds.values():
            yield SystemCommand(
                f"Start: {round_.title}",
                f"Start a {round_.total_minutes():g}-minute mock, what is due first",
                partial(self.start_round, round_.id),
            )
            yield SystemCommand(
                f"Surprise me: {round_.title}",
                "A random due or unseen prompt of this round",
                partial(self.action_surprise, round_.id),
            )
        yield SystemCommand(
            "Interviewer mode on/off",
            "Paired mocks: a private panel for the friend who asks the questions",
            self.action_toggle_interviewer,
        )
        yield SystemCommand(
            "Review past mocks",
            "Every session: transcript by phase, playback, insights, compare, trends",
            self.action_review,
        )

    def compose(self) -> ComposeResult:
        yield Header()
        self._composed = self._schedule_shown()
        with Horizontal(id="home"):
            options = [Option(self._label(r), id=r.id) for r in self.mockterm.bank.rounds.values()]
            yield OptionList(*options, id="rounds")
            with VerticalScroll(id="round-detail"):
                yield Static(id="round-info")
        yield Static(self._status(), id="home-status")
        yield Footer()

    def _due(self, round_id: str) -> int:
        """How many prompts of a round type are due: none shown until the sessions are read."""
        replayed = self.mockterm.replayed
        return replayed.due.get(round_id, 0) if replayed is not None else 0

    def _seen(self, prompt_ids: Iterable[str]) -> int:
        """How many of `prompt_ids` were ever done (as far as the sessions read so far say)."""
        replayed = self.mockterm.replayed
        return sum(map(replayed.schedule.seen, prompt_ids)) if replayed is not None else 0

    def _label(self, round_: Round) -> Content:
        count = len(self.mockterm.bank.prompts_for(round_.id))
        due = self._due(round_.id)
        return Content.assemble(
            round_.title,
            (f" · {count}", "dim"),
            (f" · {due} due", "bold $warning") if due else "",
        )

    def on_mount(self) -> None:
        if self.mockterm.interviewer_mode:
            self.sub_title = "interviewer mode"
        rounds = self.query_one("#rounds", OptionList)
        if rounds.option_count:
            rounds.highlighted = 0
        else:
            self.query_one("#round-info", Static).update(
                "No round types in the question bank. Check `mockterm bank validate`."
            )
        rounds.focus()
        self._shown = self._composed
        self.show_schedule()

    def _schedule_shown(self) -> tuple[tuple[int, int], ...]:
        """What Home shows of the schedule: per round type, how many are due and done."""
        bank = self.mockterm.bank
        return tuple(
            (self._due(round_.id), self._seen(p.id for p in bank.prompts_for(round_.id)))
            for round_ in bank.rounds.values()
        )

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
        elif round_.format == "topics":
            each = round_.minutes / round_.questions
            plan.add_row(
                f"{round_.questions} ×",
                Text(f"{each:g} min per topic: a question, then its follow-ups one at a time"),
            )
        for phase in round_.phases:
            plan.add_row(
                f"{phase.minutes:g}m",
                Text.assemble((phase.name, "bold"), "  ", (phase.guidance, "dim")),
            )
        minutes = round_.total_minutes()
        # what Enter does and what is due come first: at 80x24 the plan runs below the fold
        return Group(
            Text(round_.title, style="bold"),
            Text(
                f"{count} prompt{'' if count == 1 else 's'} · "
                f"{minutes:g} minute{'' if minutes == 1 else 's'} · Enter starts",
                style="italic",
            ),
            self._due_line(round_),
            Text(""),
            Text(round_.description),
            Text(""),
            plan,
        )

    def _due_line(self, round_: Round) -> Text:
        ids = [p.id for p in self.mockterm.bank.prompts_for(round_.id)]
        seen = self._seen(ids)
        due = self._due(round_.id)
        # Enter picks in this order: due (most overdue first), never done, then the rest
        return Text(f"{due} due · {len(ids) - seen} never done · {seen - due} resting", style="dim")

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
        """What is due in this round: most overdue first, then unseen, then the rest."""
        self._start(self.practice.choose("due", round_id), "This round type has no prompts yet.")

    def action_due(self) -> None:
        """What is due across every round type."""
        prompt = self.practice.choose("due")
        if prompt is not None and not self.practice.is_due(prompt):
            self.notify("Nothing is due for review: here is a prompt you have not done yet.")
        self._start(prompt, "The question bank is empty.")

    def _status(self) -> Text:
        recording = "● Recording on" if self.mockterm.record else "Recording off"
        mode = "Interviewer mode" if self.mockterm.interviewer_mode else "Solo"
        only = f"only prompts tagged {self.mockterm.tag} · " if self.mockterm.tag else ""
        # a Text: the tag and the folder are the user's words, never markup
        root = self.mockterm.store.root
        return text(f"{mode} (i) · {recording} (r) · {only}sessions are saved in {root}")

    def action_toggle_interviewer(self) -> None:
        """Paired mocks: the next mock shows the interviewer's private panel."""
        on = self.mockterm.interviewer_mode = not self.mockterm.interviewer_mode
        self.sub_title = "interviewer mode" if on else ""
        self.query_one("#home-status", Static).update(self._status())
        if on:
            self.notify(
                "Interviewer mode: the next mock shows you follow-ups, hints, key points and "
                "the rubric; v hides them when you share your screen.",
                timeout=8,
            )

    def action_review(self) -> None:
        """Past mocks: transcript by phase, playback, insights, trends."""
        self.mockterm.open_review()

    def action_toggle_record(self) -> None:
        self.mockterm.record = not self.mockterm.record
        self.query_one("#home-status", Static).update(self._status())

    def action_surprise(self, round_id: str | None = None) -> None:
        """Surprise me: uniform over the unseen and due prompts (of one round, or of all)."""
        self._start(self.practice.choose("surprise", round_id), "The question bank is empty.")

    def _start(self, prompt: Prompt | None, empty: str) -> None:
        if prompt is None:
            self.notify(empty, severity="warning")
            return
        self.mockterm.start_mock(prompt)
