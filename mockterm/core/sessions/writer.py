"""Writing a running mock's `session.toml`: without losing what another writer saved, and off
the UI thread.

Another writer is another mockterm (a review edited from its Review screen) or
`mockterm transcribe`: what it saved (a review, feedback, a transcript table) is merged into the
mock's next write instead of being written over. Every write is a whole, atomic, fsynced file,
and a slow disk must not make the clock late, so a thread of its own does the writing. It
always writes the newest state: a write queued while another is under way replaces any older
one still waiting. A write that fails is reported (the mock goes on, the last good file stays);
the next write tries again.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from mockterm.core.cache import MISSING, signature
from mockterm.core.sessions.lock import writing
from mockterm.core.sessions.model import Session, SessionError
from mockterm.core.sessions.session_file import SESSION_FILE, read_session, write_session


def merge_foreign(ours: Session, theirs: Session) -> Session:
    """`ours` (the running mock's state) with what another writer saved in `theirs`: the mock
    owns its events, phases, status and its own tables; a review, feedback, links and tables it
    does not have come from the other writer."""
    return replace(
        ours,
        review=ours.review or theirs.review,
        grade=ours.grade or theirs.grade,
        feedback=ours.feedback or theirs.feedback,
        paired_with=tuple(dict.fromkeys((*ours.paired_with, *theirs.paired_with))),
        extra={**{k: v for k, v in theirs.extra.items() if k not in ours.extra}, **ours.extra},
    )


class SessionFile:
    """One mock's session.toml as its writer sees it: what it wrote last, and what others saved
    since (kept in every later write)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._mine = ""
        self._theirs: Session | None = None

    def write(self, session: Session) -> Session:
        """Write `session` merged with what others saved; returns what was written."""
        path = self.folder / SESSION_FILE
        with writing(self.folder):
            seen = signature(path)
            if self._mine and seen != self._mine and MISSING not in seen:
                # damaged by someone else: the mock's own state is written over it
                with contextlib.suppress(SessionError):
                    self._theirs = read_session(self.folder)
            if self._theirs is not None:
                session = merge_foreign(session, self._theirs)
            write_session(self.folder, session)
            self._mine = signature(path)
        return session


class SessionWriter:
    """One mock's writer. `write(session, wait=True)` returns once that state is on disk (or
    raises SessionError); `wait=False` returns at once."""

    def __init__(self, file: SessionFile, on_problem: Callable[[str], None] | None = None) -> None:
        self.file = file
        self.folder = file.folder
        self.on_problem = on_problem
        """Called (from the writer's thread) when a write fails, and once when writing works
        again (with ""), so the UI can say that saving fails and stop saying it."""
        self.problem = ""
        self._cond = threading.Condition()
        self._pending: Session | None = None
        self._queued = 0
        self._written = 0
        self._failed = 0  # the last ticket whose write failed
        self._error: SessionError | None = None
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="mockterm-writer", daemon=True)
        self._thread.start()

    def write(self, session: Session, *, wait: bool = False) -> None:
        with self._cond:
            if self._closed:
                raise SessionError(f"the mock in {self.folder} is closed")
            self._queued += 1
            ticket = self._queued
            self._pending = session
            self._cond.notify_all()
            if wait:
                while self._written < ticket:
                    self._cond.wait()
                if self._failed >= ticket and self._error is not None:
                    raise self._error

    def flush(self) -> None:
        """Wait until everything queued so far is on disk (or failed)."""
        with self._cond:
            ticket = self._queued
            while self._written < ticket:
                self._cond.wait()

    def close(self) -> None:
        """Write what is still queued, then stop the thread."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        self._thread.join()

    def _run(self) -> None:
        while True:
            with self._cond:
                while self._pending is None and not self._closed:
                    self._cond.wait()
                if self._pending is None:
                    return
                session, ticket, self._pending = self._pending, self._queued, None
            error: SessionError | None = None
            try:
                self.file.write(session)
            except SessionError as exc:
                error = exc
            with self._cond:
                self._written = ticket
                if error is not None:
                    self._failed, self._error = ticket, error
                self._cond.notify_all()
            self._report(str(error) if error else "")

    def _report(self, problem: str) -> None:
        if problem == self.problem:
            return
        self.problem = problem
        if self.on_problem is not None:
            self.on_problem(problem)
