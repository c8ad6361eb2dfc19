"""Paired mocks: the `feedback.md` sent to the candidate."""

from __future__ import annotations

from pathlib import Path

from mockterm.core.files import atomic_write
from mockterm.core.review.markdown import feedback_markdown
from mockterm.core.sessions.model import Feedback, Session
from mockterm.core.sessions.store import update_session

FEEDBACK_FILE = "feedback.md"


def write_feedback(folder: Path, session: Session) -> Path:
    """Write `feedback.md` into the session folder (atomically) and return its path."""
    path = folder / FEEDBACK_FILE
    atomic_write(path, feedback_markdown(session).encode("utf-8"))
    return path


def edit_feedback(folder: Path, feedback: Feedback) -> Session:
    """Save edited interviewer feedback of a past paired mock; feedback.md follows the edit."""
    session = update_session(folder, feedback=feedback)
    write_feedback(folder, session)
    return session
