"""The Textual app: Home → Session → End, plus recovery of crashed mocks."""

from __future__ import annotations

import gc
import random
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import App
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.theme import Theme

from mockterm.core.bank import LoadResult, Prompt
from mockterm.core.config import Settings
from mockterm.core.paths import state_file
from mockterm.core.remembered import remember_theme, remembered_theme
from mockterm.core.sessions.errors import SessionError
from mockterm.core.sessions.store import (
    NEWER_NOTE,
    SessionEntry,
    SessionStore,
    newer_than_this,
)
from mockterm.core.text import plain
from mockterm.ui.commands import PaletteCommands
from mockterm.ui.past_sessions import PastSessions
from mockterm.ui.run_reports import RunReports

if TYPE_CHECKING:
    from mockterm.core.practice.service import Practice
    from mockterm.core.runner import MockRunner
    from mockterm.core.sessions.mock import MockSession
    from mockterm.core.sessions.timer import Clock


SCREENS_CSS = Path(__file__).with_name("screens.tcss")


class MocktermApp(RunReports, PastSessions, App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "mockterm"
    COMMANDS = {PaletteCommands}

    def __init__(
        self,
        settings: Settings,
        loaded: LoadResult,
        store: SessionStore,
        *,
        start: tuple[Prompt, float | None] | None = None,
        clock: Clock = time.monotonic,
        rng: random.Random | None = None,
        interviewer: bool = False,
        review: str | None = None,
        tag: str = "",
    ) -> None:
        super().__init__()
        self.tag = tag
        """`start ROUND --tag TAG`: the bank holds only the prompts with that tag (Home says so)."""
        self._review = review
        """`mockterm review [SESSION]`: open the review list ("") or that session's detail."""
        self.interviewer_mode = interviewer
        """Paired mocks: the next mock shows the interviewer's private panel (Home: i)."""
        self.settings = settings
        self.bank = loaded.bank
        self.bank_problems = loaded.problems
        self.store = store
        self.clock = clock
        self.rng = rng or random.Random()
        self._start = start
        self.runner: MockRunner | None = None
        """The mock running now, with its recording: built and closed here, shown by screens."""
        self.replayed: Practice | None = None
        """The practice replayed from the saved sessions; None until they are read (after Home's
        first frame, which has no due counts to show yet)."""
        self._empty_practice: Practice | None = None
        self._first_frame = threading.Event()
        self.record = settings.config.record
        """Record (and transcribe) the next mock; Home's `r` toggles it."""
        self._theme_file = state_file()
        chosen = remembered_theme(self._theme_file, settings.config.theme)
        self.theme = next(
            (
                t
                for t in (chosen, settings.config.theme)
                if t is not None and t in self.available_themes
            ),
            "textual-dark",
        )
        self._theme_kept = self.theme
        """The theme the next start opens with: a palette choice is remembered when it differs."""

    @property
    def practice(self) -> Practice:
        """What to practise next: the schedule replayed from the sessions, the prompts shown
        lately, what is due. Home and the CLI choose through it; asked before the sessions are
        read, it is that of no sessions (made then: the first frame does without it)."""
        if self.replayed is not None:
            return self.replayed
        if self._empty_practice is None:
            from mockterm.core.practice.service import Practice

            self._empty_practice = Practice(self.bank, rng=self.rng)
        return self._empty_practice

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every toast is plain text, whatever the caller asks: toasts carry phase names, titles,
        paths and error messages from outside, where `[/INST]` would raise and `[@click=...]`
        would act. Screens' and widgets' `notify` land here too."""
        del markup
        super().notify(
            plain(message), title=plain(title), severity=severity, timeout=timeout, markup=False
        )

    class SessionsScanned(Message):
        """The saved sessions, read in the background, and the practice replayed from them.
        (The app's messages are written out, not dataclasses: each of those cost about a
        millisecond of the start.)"""

        def __init__(self, entries: list[SessionEntry], practice: Practice) -> None:
            super().__init__()
            self.entries = entries
            self.practice = practice

    def get_default_screen(self) -> Screen[Any]:
        """Home is the bottom screen: pushed over Textual's blank one, it was styled twice."""
        from mockterm.ui.screens.home_screen import HomeScreen

        return HomeScreen()

    def _load_screen_css(self, screen: Screen[Any]) -> None:
        """The other screens' rules come with the first screen opened over Home: parsing them
        at start delayed Home's first frame (Textual calls this for every screen it opens)."""
        if not self.stylesheet.has_source(str(SCREENS_CSS), ""):
            self.stylesheet.read(SCREENS_CSS)
            self.stylesheet.update(self)
        super()._load_screen_css(screen)

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._theme_chosen)
        self._report_problems()
        self.call_after_refresh(self._first_frame_shown)
        self._scan_sessions()

    def _first_frame_shown(self) -> None:
        """Home is on screen: the sessions are read now (the worker waits for this), so they do
        not delay it. Where the start kept garbage collection off (`mockterm`), what the start
        made is kept out of it (it lives as long as the app) and collection resumes."""
        if not gc.isenabled():
            gc.freeze()
            gc.enable()
        self._first_frame.set()

    def _theme_chosen(self, theme: Theme) -> None:
        """A theme chosen in the palette is the one the next start opens with."""
        if theme.name == self._theme_kept:
            return
        self._theme_kept = theme.name
        problem = remember_theme(self._theme_file, theme.name, self.settings.config.theme)
        if problem:
            self.notify(problem, severity="warning", timeout=8)

    @work(thread=True, exclusive=True, exit_on_error=False, group="sessions")
    def _scan_sessions(self) -> None:
        """Recover crashed mocks and read every session: thousands of files must not delay
        the first screen, so this runs after it."""
        self._first_frame.wait(timeout=5)
        from mockterm.core.practice.service import Practice
        from mockterm.core.recovery import recover

        recover(self.store)
        entries = self.store.scan()
        practice = Practice(self.bank, (e.session for e in entries if e.session), rng=self.rng)
        self.post_message(self.SessionsScanned(entries, practice))

    @work(thread=True, exclusive=True, exit_on_error=False, group="sessions")
    def refresh_practice(self) -> None:
        """Replay the sessions again (a mock was graded): what is due changes."""
        from mockterm.core.practice.service import Practice

        practice = Practice.from_store(self.bank, self.store, rng=self.rng)
        self.post_message(self.PracticeUpdated(practice))

    class PracticeUpdated(Message):
        def __init__(self, practice: Practice) -> None:
            super().__init__()
            self.practice = practice

    @on(PracticeUpdated)
    def _practice_updated(self, message: PracticeUpdated) -> None:
        self._show_practice(message.practice)

    def _show_practice(self, practice: Practice) -> None:
        from mockterm.ui.screens.home_screen import HomeScreen

        self.replayed = practice
        for screen in self.screen_stack:
            if isinstance(screen, HomeScreen):
                screen.show_schedule()

    @on(SessionsScanned)
    def _sessions_scanned(self, message: SessionsScanned) -> None:
        self._show_practice(message.practice)
        newer = sum(1 for e in message.entries if e.session and newer_than_this(e.session))
        if newer:
            self.notify(NEWER_NOTE.format(count=newer), severity="warning", timeout=12)
        undecided = [
            e
            for e in message.entries
            if e.session is not None
            and e.session.status == "interrupted"
            and not any(ev.kind == "kept" for ev in e.session.events)
        ]
        if undecided:
            from mockterm.ui.recovery import offer_recovery

            offer_recovery(self, undecided, then=self._start_asked)
        else:
            self._start_asked()
        if self._review is not None:
            self.open_review(self._review or None)

    def _report_problems(self) -> None:
        warnings = list(self.settings.warnings)
        if self.bank_problems:
            first = self.bank_problems[0]
            more = len(self.bank_problems) - 1
            extra = f" (+{more} more)" if more else ""
            warnings.append(
                f"Bank problem, left out until fixed: {first}{extra}. Check a fix with "
                f"`mockterm bank validate {first.path}`."
            )
        for warning in warnings:
            self.notify(warning, severity="warning", timeout=12, markup=False)

    # --- starting and ending mocks --------------------------------------------------------------

    def _start_asked(self) -> None:
        """The mock `mockterm start` asked for, once the interrupted ones are decided."""
        if self._start is not None:
            self.start_mock(*self._start)

    def start_mock(
        self,
        prompt: Prompt,
        minutes: float | None = None,
        *,
        swapped_from: MockSession | None = None,
    ) -> None:
        """Start a mock of `prompt`; with `swapped_from`, the next paired mock with roles swapped
        (it replaces the feedback screen, opens in candidate view, and both files link up)."""
        from mockterm.core.runner import MockRunner
        from mockterm.core.sessions.mock import MockSession
        from mockterm.ui.screens.session_screen import SessionScreen

        round_ = self.bank.round(prompt.round_id)
        # rapid fire and topics: due ones first, then unseen ones; each is graded on its own
        questions = self.practice.questions(prompt) if round_.asks_several else []
        mock = MockSession(
            self.store,
            round_,
            prompt,
            questions=questions,
            clock=self.clock,
            minutes=minutes,
            warning_lead=self.settings.config.warning_seconds,
            mode="interviewer" if self.interviewer_mode or swapped_from else "solo",
            background_writes=True,
        )
        runner = MockRunner(mock, self.settings.config, self)
        try:
            runner.start(record=self.record)
            if swapped_from is not None and swapped_from.session and mock.session:
                mock.link(swapped_from.session.id)
                swapped_from.link(mock.session.id)
        except (SessionError, OSError) as exc:
            self.notify(f"Cannot start the mock: {exc}", severity="error", timeout=15)
            return
        self.runner = runner
        # the new candidate may be looking: the private panel stays hidden until v is pressed
        screen = SessionScreen(runner, candidate_view=swapped_from is not None)
        self.enter_screen(screen, switch=swapped_from is not None)
        if runner.recording_problem:
            self.notify(runner.recording_problem, severity="error", timeout=15, markup=False)
        if swapped_from is None:
            return
        self.notify(
            "Roles swapped: the other person interviews now. Candidate view is on; "
            "the new interviewer presses v to see the private panel.",
            timeout=10,
        )

    def enter_screen(self, screen: Screen[Any], *, switch: bool = False) -> None:
        """Go to the next main screen (push it, or switch to it): the toasts of the one left
        behind (a checkpoint, a mode switched) are not about it, so they go."""
        self.clear_notifications()
        if switch:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def resume_mock(self, folder: Path) -> None:
        """Go on with the interrupted mock in `folder`, paused where it stopped."""
        from mockterm.ui.recovery import resume_mock

        resume_mock(self, folder)

    async def action_quit(self) -> None:
        """Ctrl+Q and the palette's Quit: during a mock, ask first (it can be resumed later)."""
        runner = self.runner
        if runner is None or runner.mock.ended:
            self.exit()
            return
        from mockterm.ui.screens.confirm_dialog import Choice, ConfirmDialog

        def answered(quit_now: bool | None) -> None:
            if quit_now:
                self.exit()

        self.push_screen(
            ConfirmDialog(
                "Quit mockterm in the middle of this mock? Everything so far is saved; at the "
                "next start you can resume it where it stopped, keep it or discard it.",
                yes=Choice("Quit", "q", "error"),
                no=Choice("Keep going", "n", "primary"),
            ),
            answered,
        )

    def mock_ended(self, runner: MockRunner) -> None:
        """The running mock is over (to its review, or abandoned)."""
        if self.runner is runner:
            self.runner = None
        runner.ended()

    def on_unmount(self) -> None:
        if self.runner is not None:
            self.runner.close()

    def swap_roles(self, previous: MockSession) -> None:
        """The next paired mock: same round type, a prompt neither has just done, roles swapped."""
        done = [previous.prompt.id, *(q.id for q in previous.questions)]
        prompt = self.practice.other_than(previous.round.id, done)
        if prompt is None:
            self.notify("This round type has no prompts.", severity="warning")
            return
        self.start_mock(prompt, previous.minutes, swapped_from=previous)
