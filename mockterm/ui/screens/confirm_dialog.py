"""A question with labelled answers, each a button and a key, that answers with `dismiss(value)`:
ChoiceDialog for any answers, ConfirmDialog for yes or no."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static
from textual.widgets.button import ButtonVariant

T = TypeVar("T")


@dataclass(frozen=True)
class Choice:
    """One answer: the label of its button, the key that gives it, the button's variant."""

    label: str
    key: str
    variant: ButtonVariant = "default"


class ChoiceDialog(ModalScreen[T], Generic[T]):
    """Answers the value of the choice taken (its button or its key); Esc gives `escape`, the
    safe answer, whose button has the focus so that Enter gives it too. Button i is `#{ids[i]}`."""

    def __init__(
        self,
        question: str | Text,
        answers: Sequence[tuple[Choice, T]],
        *,
        escape: T,
        ids: Sequence[str] = (),
    ) -> None:
        """`question` as a string is markup: pass a Text for anything that holds untrusted
        words (a prompt's title, a folder name)."""
        super().__init__()
        self.question = question
        self.answers = list(answers)
        self.escape = escape
        self.ids = list(ids) or [f"answer-{i}" for i in range(len(self.answers))]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.question)
            with Horizontal(classes="buttons"):
                for (choice, _), id_ in zip(self.answers, self.ids, strict=True):
                    yield Button(f"{choice.label} ({choice.key})", variant=choice.variant, id=id_)

    def on_mount(self) -> None:
        safe = next((i for i, (_, value) in enumerate(self.answers) if value == self.escape), None)
        if safe is not None:
            self.query_one(f"#{self.ids[safe]}", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(self.answers[self.ids.index(str(event.button.id))][1])

    def on_key(self, event: events.Key) -> None:
        # the keys come with each dialog, so they are matched here rather than in BINDINGS
        answers = {choice.key: value for choice, value in self.answers}
        answers.setdefault("escape", self.escape)
        if event.key in answers:
            event.stop()
            self.dismiss(answers[event.key])


class ConfirmDialog(ChoiceDialog[bool]):
    """Answers True for `yes`, False for `no`; Esc gives `escape` (buttons `#yes`, `#no`)."""

    def __init__(
        self,
        question: str | Text,
        *,
        yes: Choice = Choice("Yes", "y", "error"),
        no: Choice = Choice("No", "n"),
        escape: bool = False,
    ) -> None:
        super().__init__(question, [(yes, True), (no, False)], escape=escape, ids=("yes", "no"))
        self.yes = yes
        self.no = no
