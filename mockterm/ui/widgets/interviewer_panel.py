"""The interviewer's private panel: follow-ups and key points to tick, hints, answer, rubric."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Markdown, OptionList, Static

from mockterm.core.bank import Prompt, RubricItem
from mockterm.core.coding.runner import TestRun
from mockterm.core.sessions.model import Event
from mockterm.core.sessions.timer import format_clock
from mockterm.ui.reference import chain_reference
from mockterm.ui.widgets.test_results import describe


class Checklist(OptionList):
    """Items ticked with Enter (or a click); the screen owns which are ticked."""

    def __init__(self, kind: str, *, id: str) -> None:
        super().__init__(id=id)
        self.kind = kind
        self.items: tuple[str, ...] = ()

    def show(self, items: Sequence[str], done: Mapping[str, float]) -> None:
        labels = [_label(item, done.get(item)) for item in items]
        if tuple(items) != self.items:
            self.items = tuple(items)
            self.clear_options()
            self.add_options(labels)
            self.highlighted = 0 if items else None
        else:
            for index, label in enumerate(labels):
                self.replace_option_prompt_at_index(index, label)
        self.display = bool(items)


def _label(item: str, at: float | None) -> Text:
    if at is None:
        return Text.assemble(("[ ] ", "dim"), item)
    return Text.assemble(("[x] ", "bold green"), item, (f"  {format_clock(at)}", "dim"))


class InterviewerPanel(VerticalScroll):
    """Everything the candidate must not see; hidden in candidate view."""

    @dataclass
    class Ticked(Message):
        """A follow-up (`follow_up`) or key point (`key_point`) was ticked or unticked."""

        kind: str
        item: str

    def __init__(
        self, rubric: Sequence[RubricItem], *, reference: str = "", id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.rubric = tuple(rubric)
        self.reference = reference
        """A coding prompt's reference solution (its tests' results show above it)."""
        self._answer_for = ""

    def compose(self) -> ComposeResult:
        yield Static("Follow-ups [dim](Enter: asked)[/]", classes="side-title")
        yield Checklist("follow_up", id="follow-ups")
        yield Static("[dim]none in the bank[/]", id="no-follow-ups")
        yield Static("Key points [dim](Enter: covered)[/]", classes="side-title")
        yield Checklist("key_point", id="key-points")
        yield Static("[dim]none in the bank[/]", id="no-key-points")
        yield Static("Hints [dim](h gives the next)[/]", classes="side-title")
        yield Static(id="hint-ladder")
        if self.reference:
            yield Static("Tests [dim](Ctrl+R runs them)[/]", classes="side-title")
            yield Static(Text("not run yet", style="dim"), id="panel-tests")
            yield Static("Reference solution", classes="side-title")
            yield Markdown(f"```python\n{self.reference}\n```", id="reference")
        yield Static("Reference answer", classes="side-title")
        yield Markdown(id="answer")
        yield Static("Rubric", classes="side-title")
        yield Static(self._rubric(), id="rubric")
        yield Static("Notes [dim](a)[/]", classes="side-title")
        yield Static(id="panel-notes")

    def _rubric(self) -> Text:
        text = Text()
        for item in self.rubric:
            text.append(item.name, style="bold")
            text.append(f": {item.good}\n" if item.good else "\n")
        return text or Text("none for this round", style="dim")

    def show(
        self,
        prompt: Prompt,
        events: Sequence[Event],
        follow_ups: Mapping[str, float],
        key_points: Mapping[str, float],
        hints_shown: int,
    ) -> None:
        """Show `prompt`'s private material and the state of the mock so far."""
        # a topic's chain is its follow-ups: ticking one asks it (the candidate's side shows it)
        chain = tuple(step.ask for step in prompt.chain)
        self.query_one("#follow-ups", Checklist).show(prompt.follow_ups + chain, follow_ups)
        self.query_one("#no-follow-ups").display = not (prompt.follow_ups or chain)
        self.query_one("#key-points", Checklist).show(prompt.key_points, key_points)
        self.query_one("#no-key-points").display = not prompt.key_points

        given = {e.text: e.offset for e in events if e.kind == "hint"}
        ladder = Text()
        for index, hint in enumerate(prompt.hints):
            if index < hints_shown:
                ladder.append(f"{index + 1}. ", style="bold green")
                ladder.append(hint)
                if hint in given:
                    ladder.append(f"  given {format_clock(given[hint])}", style="dim")
            elif index == hints_shown:
                ladder.append(f"{index + 1}. next: ", style="bold")
                ladder.append(hint)
            else:
                ladder.append(f"{index + 1}. {hint}", style="dim")
            ladder.append("\n")
        self.query_one("#hint-ladder", Static).update(ladder or Text("none in the bank", "dim"))

        if self._answer_for != prompt.id:
            self._answer_for = prompt.id
            answer = [prompt.answer or "*none in the bank*", *chain_reference(prompt)]
            self.query_one("#answer", Markdown).update("\n\n".join(answer))

        notes = Text()
        for note in (e for e in events if e.kind == "note"):
            notes.append(f"{format_clock(note.offset)} ", style="dim")
            notes.append(f"{note.text}\n")
        self.query_one("#panel-notes", Static).update(notes or Text("none yet", style="dim"))

    def show_tests(self, run: TestRun) -> None:
        self.query_one("#panel-tests", Static).update(describe(run))

    @on(OptionList.OptionSelected)
    def _ticked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        checklist = event.option_list
        if isinstance(checklist, Checklist):
            self.post_message(self.Ticked(checklist.kind, checklist.items[event.option_index]))

    def focus_first(self) -> None:
        """Focus the first list there is to tick, so Enter works at once."""
        for checklist in self.query(Checklist):
            if checklist.display:
                checklist.focus()
                return
