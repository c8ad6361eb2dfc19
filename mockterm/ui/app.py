"""The Textual app: Home → Session → End, plus recovery of crashed mocks."""

from __future__ import annotations

import random
import time
from collections.abc import Iterable

from textual.app import App, SystemCommand
from textual.screen import Screen

from mockterm.core.bank import LoadResult, Prompt
from mockterm.core.config import Settings
from mockterm.core.mock import MockSession
from mockterm.core.session_store import SessionEntry, SessionError, SessionStore
from mockterm.core.timer import Clock


class MocktermApp(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "mockterm"

    def __init__(
        self,
        settings: Settings,
        loaded: LoadResult,
        store: SessionStore,
        *,
        start: tuple[Prompt, float | None] | None = None,
        clock: Clock = time.monotonic,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.bank = loaded.bank
        self.bank_problems = loaded.problems
        self.store = store
        self.clock = clock
        self.rng = rng or random.Random()
        self._start = start
        self.theme = (
            settings.config.theme
            if settings.config.theme in self.available_themes
            else "textual-dark"
        )

    def on_mount(self) -> None:
        from mockterm.ui.screens.home_screen import HomeScreen

        self.push_screen(HomeScreen())
        self._report_problems()
        self.store.recover()
        undecided = [
            e
            for e in self.store.scan()
            if e.session is not None
            and e.session.status == "interrupted"
            and not any(ev.kind == "kept" for ev in e.session.events)
        ]
        if undecided:
            self._offer_recovery(undecided)
        elif self._start is not None:
            self.start_mock(*self._start)

    def _report_problems(self) -> None:
        warnings = list(self.settings.warnings)
        if self.bank_problems:
            first = self.bank_problems[0]
            more = len(self.bank_problems) - 1
            extra = f" (+{more} more)" if more else ""
            warnings.append(
                f"Bank problem: {first}{extra}. Those entries were skipped; run "
                "`mockterm bank validate` for the full list."
            )
        for warning in warnings:
            self.notify(warning, severity="warning", timeout=12, markup=False)

    def _offer_recovery(self, entries: list[SessionEntry]) -> None:
        from mockterm.ui.screens.recovery_dialog import RecoveryDialog

        def decided(keep: bool | None) -> None:
            entry = entries[0]
            try:
                if keep is False:
                    self.store.discard(entry.folder)
                    self.notify(f"Discarded {entry.folder.name}")
                else:
                    from mockterm.core.session_store import mark_kept

                    mark_kept(entry.folder)
                    self.notify(f"Kept {entry.folder.name} (status: interrupted)")
            except (SessionError, OSError) as exc:
                self.notify(f"Could not update {entry.folder.name}: {exc}", severity="error")
            if entries[1:]:
                self._offer_recovery(entries[1:])
            elif self._start is not None:
                self.start_mock(*self._start)

        self.push_screen(RecoveryDialog(entries[0]), decided)

    # --- starting and ending mocks --------------------------------------------------------------

    def start_mock(self, prompt: Prompt, minutes: float | None = None) -> None:
        from mockterm.ui.screens.session_screen import SessionScreen

        round_ = self.bank.round(prompt.round_id)
        questions: list[Prompt] = []
        if round_.format == "rapid_fire":
            from mockterm.core.selection import pick_questions

            questions = pick_questions(
                self.bank, round_.id, round_.questions, first=prompt, rng=self.rng
            )
        mock = MockSession(
            self.store,
            round_,
            prompt,
            questions=questions,
            clock=self.clock,
            minutes=minutes,
            warning_lead=self.settings.config.warning_seconds,
        )
        try:
            mock.start()
        except (SessionError, OSError) as exc:
            self.notify(f"Cannot start the mock: {exc}", severity="error", timeout=15)
            return
        self.push_screen(SessionScreen(mock))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        from mockterm.ui.screens.home_screen import HomeScreen

        if isinstance(screen, HomeScreen):
            yield SystemCommand(
                "Surprise me", "Start a mock of a random round and prompt", screen.action_surprise
            )
            for round_ in self.bank.rounds.values():

                def start(round_id: str = round_.id) -> None:
                    screen.start_round(round_id)

                yield SystemCommand(
                    f"Start: {round_.title}",
                    f"Start a {round_.total_minutes():g}-minute mock",
                    start,
                )
        commands = getattr(screen, "COMMANDS_HELP", ())
        for title, help_text, action in commands:
            yield SystemCommand(title, help_text, getattr(screen, action))
