"""Mocks a crash interrupted: found at the next start, marked `interrupted` with their phase
times rebuilt from the events, their recording made whole, then kept or discarded by the user."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from mockterm.core.audio.wav import recover_audio
from mockterm.core.files import TomlError, parse_toml
from mockterm.core.sessions.lock import LOCK_FILE, is_locked
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
    newer_than_this,
    update_session,
)


def recover(store: SessionStore) -> list[SessionEntry]:
    """Mark sessions left `running` by a crash as `interrupted`, and return them.

    A session still held by a live mockterm (its lock is taken) is left alone.
    """
    for folder in store.folders():
        promote_orphan(folder)
    recovered = []
    for entry in store.scan():
        session = entry.session
        if session is None or session.status != "running":
            continue
        if is_locked(entry.folder) or newer_than_this(session):
            continue
        fixed = interrupted(session)
        audio = recover_audio(entry.folder, fixed.extra.get("audio"))
        if audio is not None:
            fixed = replace(fixed, extra={**fixed.extra, "audio": audio})
        try:
            write_session(entry.folder, fixed)
        except SessionError:
            continue
        (entry.folder / LOCK_FILE).unlink(missing_ok=True)  # left by the dead process
        recovered.append(SessionEntry(entry.folder, fixed))
    return recovered


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
    session = read_session(folder)
    last = session.events[-1].offset if session.events else 0.0
    update_session(folder, events=(*session.events, Event(last, "kept")))
