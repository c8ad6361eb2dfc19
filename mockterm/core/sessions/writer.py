"""Writing a running mock's `session.toml` off the UI thread.

Every write is a whole, atomic, fsynced file, and a slow disk must not make the clock late, so
a thread of its own does the writing. It always writes the newest state: a write queued while
another is under way replaces any older one still waiting. A write that fails is reported (the
mock goes on, the last good file stays); the next write tries again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from mockterm.core.sessions.model import Session, SessionError
from mockterm.core.sessions.session_file import write_session


class SessionWriter:
    """One mock's writer. `write(session, wait=True)` returns once that state is on disk (or
    raises SessionError); `wait=False` returns at once."""

    def __init__(self, folder: Path, on_problem: Callable[[str], None] | None = None) -> None:
        self.folder = folder
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
                write_session(self.folder, session)
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
