"""Interrupted mocks at start-up: each offered in turn (resume, keep or discard), and a resumed
one opened where it stopped."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from mockterm.core.sessions.model import SessionError
from mockterm.core.sessions.store import SessionEntry

if TYPE_CHECKING:
    from mockterm.ui.app import MocktermApp


def offer_recovery(
    app: MocktermApp, entries: Sequence[SessionEntry], then: Callable[[], None]
) -> None:
    """Ask about each of `entries` in turn, then call `then`. Resuming one opens it at once;
    the others stay interrupted and undecided, so the next start offers them again."""
    from mockterm.core.recovery import mark_kept
    from mockterm.ui.screens.recovery_dialog import DISCARD, RESUME, RecoveryDialog

    def decided(answer: str | None) -> None:
        entry = entries[0]
        if answer == RESUME:
            resume_mock(app, entry.folder)
            return
        try:
            if answer == DISCARD:
                app.store.discard(entry.folder)
                app.notify(f"Discarded {entry.folder.name}")
            else:
                mark_kept(entry.folder)
                app.notify(f"Kept {entry.folder.name} (status: interrupted)")
        except (SessionError, OSError) as exc:
            app.notify(f"Could not update {entry.folder.name}: {exc}", severity="error")
        if entries[1:]:
            offer_recovery(app, entries[1:], then)
        else:
            then()

    app.push_screen(RecoveryDialog(entries[0]), decided)


def resume_mock(app: MocktermApp, folder: Path) -> None:
    """Go on with the interrupted mock in `folder` (`MockSession.resume`): same folder, paused
    where it stopped; it records from there if recording is on and it has no recording yet."""
    from mockterm.core.runner import MockRunner
    from mockterm.core.sessions.mock import MockSession
    from mockterm.core.sessions.resume import round_of
    from mockterm.core.sessions.session_file import read_session
    from mockterm.core.sessions.timer import format_clock
    from mockterm.ui.screens.session_screen import SessionScreen

    try:
        session = read_session(folder)
        mock = MockSession.resume(
            app.store,
            folder,
            app.bank.rounds.get(session.round_id) or round_of(session),
            clock=app.clock,
            warning_lead=app.settings.config.warning_seconds,
            background_writes=True,
        )
    except (SessionError, OSError) as exc:
        app.notify(f"Cannot resume {folder.name}: {exc}", severity="error", timeout=15)
        return
    runner = MockRunner(mock, app.settings.config, app)
    runner.resumed(record=app.record)
    app.runner = runner
    app.enter_screen(SessionScreen(runner))
    for problem in (runner.recording_problem, runner.code_problem):
        if problem:
            app.notify(problem, severity="warning", timeout=15)
    app.notify(
        f"Resumed at {format_clock(mock.timer.offset())}, in {mock.timer.current.name}. "
        "It is paused: space starts the clock.",
        timeout=10,
    )
