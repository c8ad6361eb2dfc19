"""A paired mock's side of the running-mock screen: the interviewer's panel, and the view the
candidate may see (a mixin of SessionScreen)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mockterm.core.sessions.model import ticked
from mockterm.ui.widgets.interviewer_panel import InterviewerPanel
from mockterm.ui.widgets.view_indicator import ViewIndicator

if TYPE_CHECKING:
    from textual.screen import Screen

    from mockterm.core.sessions.mock import MockSession

    _Screen = Screen[None]
else:
    _Screen = object  # a mixin: SessionScreen brings the Screen


class PairedView(_Screen):
    if TYPE_CHECKING:  # what SessionScreen has
        mock: MockSession
        interviewer: bool
        candidate_view: bool

        def _show_prompt(self) -> None: ...
        def _offer_scrolling(self) -> None: ...

    def _show_panel(self) -> None:
        session = self.mock.session
        if not self.interviewer or session is None:
            return
        prompt = self.mock.current_prompt
        self.query_one(InterviewerPanel).show(
            prompt,
            session.events,
            ticked(session.events, "follow_up"),
            ticked(session.events, "key_point"),
            len(self.mock.shown_hints()),
        )

    def _show_view(self) -> None:
        """Say loudly which view is on: the interviewer's must never be shared by mistake."""
        self._offer_scrolling()
        self.set_class(self.candidate_view, "-candidate-view")
        self.set_class(not self.candidate_view, "-interviewer-view")
        self.query_one(ViewIndicator).show(self.candidate_view)

    def action_toggle_view(self) -> None:
        if not self.interviewer:
            self.notify("The candidate view is for paired mocks (interviewer mode).", timeout=4)
            return
        self.candidate_view = not self.candidate_view
        self.mock.record("view", "candidate" if self.candidate_view else "interviewer")
        if self.candidate_view:
            self.set_focus(None)
        self._show_view()
        if not self.candidate_view:
            self.query_one(InterviewerPanel).focus_first()

    def on_interviewer_panel_ticked(self, event: InterviewerPanel.Ticked) -> None:
        self.mock.toggle_tick(event.kind, event.item)
        self._show_panel()
        self._show_prompt()  # a topic's follow-up ticked as asked shows on the candidate's side
