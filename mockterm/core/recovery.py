"""Mocks a crash interrupted: found at the next start, marked `interrupted` with their phase
times rebuilt from the events, their recording made whole, then kept or discarded by the user."""

from __future__ import annotations

import os
import time
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from mockterm.core.audio.wav import recover_audio
from mockterm.core.files import TomlError, parse_toml
from mockterm.core.sessions.lock import LOCK_FILE, is_locked, writing
from mockterm.core.sessions.model import Event, Session, SessionError
from mockterm.core.sessions.resume import last_moment, stopped_at
from mockterm.core.sessions.session_file import (
    SESSION_FILE,
    from_dict,
    read_session,
    write_session,
)
from mockterm.core.sessions.store import (
    SessionEntry,
    SessionStore,
    modify_session,
    newer_than_this,
)


def recover(store: SessionStore) -> list[SessionEntry]:
    """Mark sessions left `running` by a crash as `interrupted`, and return them; tidy what a
    kill left in a folder (`tidy`).

    A session still held by a live mockterm (its lock is taken) is left alone.
    """
    for folder in store.folders():
        if not (folder / SESSION_FILE).exists() and not is_locked(folder):
            tidy(folder)
    recovered = []
    for entry in store.scan():
        session = entry.session
        if session is None or session.status != "running":
            continue
        if is_locked(entry.folder) or newer_than_this(session):
            continue
        fixed = _mark_interrupted(entry.folder)
        if fixed is not None:
            recovered.append(SessionEntry(entry.folder, fixed))
    return recovered


def _mark_interrupted(folder: Path) -> Session | None:
    """The crashed session of `folder` marked interrupted, its audio made whole, its temp files
    gone; None if another mockterm did it first (it is read again under the writers' lock)."""
    try:
        with writing(folder):
            session = read_session(folder)
            if session.status != "running" or newer_than_this(session):
                return None
            fixed = interrupted(session)
            audio = recover_audio(folder, fixed.extra.get("audio"))
            if audio is not None:
                fixed = replace(fixed, extra={**fixed.extra, "audio": audio})
            write_session(folder, fixed)
            for stale in folder.glob(f".{SESSION_FILE}.*.tmp"):  # a write the kill cut short
                stale.unlink(missing_ok=True)
    except (SessionError, OSError):
        return None
    (folder / LOCK_FILE).unlink(missing_ok=True)  # left by the dead process
    return fixed


LEFT_BY_A_KILL = 60.0
"""Seconds after which a session folder holding nothing (or only its lock) is taken for one a
kill left just after making it, not one a live mockterm is making this moment."""


def tidy(folder: Path) -> None:
    """A folder without session.toml, after a kill: a complete temp file becomes the session
    file (`promote_orphan`); a folder that holds nothing but its lock, and is not new, goes (it
    would be a CORRUPT row for ever, and there is nothing in it to keep)."""
    try:
        with writing(folder):
            if promote_orphan(folder):
                return
            names = {p.name for p in folder.iterdir()}
            old = time.time() - folder.stat().st_mtime > LEFT_BY_A_KILL
            if names <= {LOCK_FILE} and old:
                (folder / LOCK_FILE).unlink(missing_ok=True)
                folder.rmdir()
    except OSError:
        pass  # left as it is: listed with the reason it cannot be read


def promote_orphan(folder: Path) -> bool:
    """A kill between a session's first write and its rename leaves a complete temp file and
    no session.toml: the newest temp file that reads as a session becomes the session file."""
    if (folder / SESSION_FILE).exists():
        return False
    orphans = sorted(
        folder.glob(f".{SESSION_FILE}.*.tmp"), key=lambda p: p.stat().st_mtime, reverse=True
    )
    for orphan in orphans:
        try:
            from_dict(parse_toml(orphan.read_bytes(), orphan))
            os.replace(orphan, folder / SESSION_FILE)
        except (TomlError, SessionError, OSError):
            continue
        return True
    return False


def last_alive(session: Session) -> float:
    """How long a crashed mock ran: to its heartbeat (`last_seen`, written every second) or its
    last event, whichever is later."""
    return last_moment(session)


def interrupted(session: Session) -> Session:
    """The session as a crash left it: status interrupted, the phase it was in timed from its
    events (to the last heartbeat, its pauses left out)."""
    stop = stopped_at(session)
    last = stop.offset
    phases = tuple(
        replace(p, actual_seconds=stop.elapsed) if i == stop.phase else p
        for i, p in enumerate(session.phases)
    )
    ended = session.started_at.timestamp() + last
    return replace(
        session,
        status="interrupted",
        phases=phases,
        ended_at=datetime.fromtimestamp(ended, timezone.utc),
        events=(*session.events, Event(last, "interrupted")),
    )


def mark_kept(folder: Path) -> None:
    """Record that the user chose to keep an interrupted session, so it is not offered again."""

    def kept(session: Session) -> Session:
        last = session.events[-1].offset if session.events else 0.0
        return replace(session, events=(*session.events, Event(last, "kept")))

    modify_session(folder, kept)
