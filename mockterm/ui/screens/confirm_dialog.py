"""A question with two answers, each a button and a key, that answers with `dismiss(bool)`."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static
from textual.widgets.button import ButtonVariant


@dataclass(frozen=True)
class Choice:
    """One answer: the label of its button, the key that gives it, the button's variant."""

    label: str
    key: str
    variant: ButtonVariant = "default"


class ConfirmDialog(ModalScreen[bool]):
    """Answers True for `yes`, False for `no`; Esc gives `escape`, the safe answer, whose
    button has the focus so that Enter gives it too."""

    def __init__(
        self,
        question: str | Text,
        *,
        yes: Choice = Choice("Yes", "y", "error"),
        no: Choice = Choice("No", "n"),
        escape: bool = False,
    ) -> None:
        """`question` as a string is markup: pass a Text for anything that holds untrusted
        words (a prompt's title, a folder name)."""
        super().__init__()
        self.question = question
        self.yes = yes
        self.no = no
        self.escape = escape

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.question)
            with Horizontal(classes="buttons"):
                for choice, id_ in ((self.yes, "yes"), (self.no, "no")):
                    yield Button(f"{choice.label} ({choice.key})", variant=choice.variant, id=id_)

    def on_mount(self) -> None:
        self.query_one("#yes" if self.escape else "#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def on_key(self, event: events.Key) -> None:
        # the keys come with each dialog, so they are matched here rather than in BINDINGS
        answers = {self.yes.key: True, self.no.key: False, "escape": self.escape}
        if event.key in answers:
            event.stop()
            self.dismiss(answers[event.key])
