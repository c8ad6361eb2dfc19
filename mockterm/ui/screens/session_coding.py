"""A coding round's side of the running-mock screen: its keys, and what a test run changes (a
mixin of SessionScreen)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mockterm.ui.widgets.coding_pane import CodingPane
from mockterm.ui.widgets.interviewer_panel import InterviewerPanel

if TYPE_CHECKING:
    from textual.screen import Screen

    from mockterm.core.runner import MockRunner

    _Screen = Screen[None]
else:
    _Screen = object  # a mixin: SessionScreen brings the Screen


class CodingActions(_Screen):
    if TYPE_CHECKING:  # what SessionScreen has
        runner: MockRunner
        interviewer: bool

        def _show_prompt(self) -> None: ...
        def _refresh_clock(self) -> None: ...

    def action_run_tests(self) -> None:
        self.query_one(CodingPane).run_tests()

    def action_external_editor(self) -> None:
        self.query_one(CodingPane).open_external_editor()

    def action_save_code(self) -> None:
        self.query_one(CodingPane).save()
        self.notify("Saved solution.py.", timeout=2)

    def action_wide_prompt(self) -> None:
        self.query_one("#session-body").toggle_class("-wide-prompt")

    def action_edit_code(self) -> None:
        self.query_one(CodingPane).editor.focus()

    def on_coding_pane_ran(self, message: CodingPane.Ran) -> None:
        outcome = message.outcome
        if self.interviewer:
            self.query_one(InterviewerPanel).show_tests(outcome.run)
        if outcome.unlocked:
            self._show_prompt()  # the new level comes into view
            self.notify(f"Level {outcome.unlocked[-1]} unlocked.", timeout=5)
        if outcome.levels_done:
            self._to_scaling_talk()

    def _to_scaling_talk(self) -> None:
        phase = self.runner.to_scaling_talk()
        if phase is not None:
            self._refresh_clock()
            self.notify(f"Every level passes: {phase} now.", timeout=8)
