"""The list of all sessions for review, fast even with thousands, and what to search in them.

`session.toml` (with `transcript.json`) stays the single source of truth. Reading a thousand of
them, and their transcripts for the speech figures, takes seconds, so each folder's row is kept
in a cache (SQLite, in the user cache dir) under a signature of its files (size and
modification time of `session.toml`, `transcript.json` and the audio): when a file changes, is
added or goes away, that row is rebuilt from the files on the next open. Deleting the cache
loses nothing. A folder whose session cannot be read is a row too, with the reason.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from mockterm.core.audio.transcript import TRANSCRIPT_JSON, TranscriptionError, read_transcript
from mockterm.core.audio.transcription import audio_path
from mockterm.core.paths import cache_dir, folder_key
from mockterm.core.review.code import code_figures
from mockterm.core.sessions.model import SessionError
from mockterm.core.sessions.session_file import SESSION_FILE, read_session
from mockterm.core.sessions.store import newer_than_this
from mockterm.core.sessions.timer import overrun_seconds, total_seconds

INDEX_VERSION = 4
"""Bump when `ReviewRow` changes (or what goes into it): every cached row is then rebuilt."""
_FOLDER = re.compile(r"^(\d{8}T\d{6}Z)_(.+)_([^_]+?)(?:-\d+)?$")


@dataclass(frozen=True)
class ReviewRow:
    """One session folder as the review list and the trends see it."""

    folder: str
    started_at: str
    """ISO 8601, UTC: sorts as text."""
    round_id: str
    round_title: str = ""
    prompt_id: str = ""
    prompt_title: str = ""
    status: str = ""
    mode: str = "solo"
    planned: float = 0.0
    actual: float = 0.0
    grade: str = ""
    scores: Mapping[str, int] = field(default_factory=dict)
    """Self-review scores per rubric dimension."""
    feedback_scores: Mapping[str, int] = field(default_factory=dict)
    """The interviewer's scores (a paired mock), never mixed with the self-review's: the one
    scored may be the friend, not the user."""
    phases: tuple[tuple[str, float, float], ...] = ()
    """(name, planned, actual seconds) per phase."""
    has_audio: bool = False
    has_transcript: bool = False
    words: int = 0
    speaking: float = 0.0
    fillers: int = 0
    key_points: tuple[int, int] = (0, 0)
    """(covered, total)."""
    key_points_assessed: bool = True
    """False when no transcript and no tick could tell a missed key point (see
    `mockterm.core.review.key_points.assessed`): covered is then not a score."""
    tests: tuple[int, int] = (0, 0)
    """A coding mock's last test run: (passed, total); (0, 0) without code or runs."""
    green_at: float | None = None
    """When every test first passed (offset in seconds), if it did."""
    levels_green: tuple[float, ...] = ()
    """Levels rounds: when each level first went green, in level order."""
    error: str = ""
    """Why the session could not be read; the other fields are then guesses from the name."""
    transcript_problem: str = ""
    """Why a transcript.json that is there could not be read."""
    newer: bool = False
    """Written by a newer mockterm: shown as far as this one reads it, never changed."""

    @property
    def overrun(self) -> int:
        """Seconds over plan, as shown (`overrun_seconds`)."""
        return overrun_seconds(self.actual, self.planned)

    @property
    def score(self) -> float | None:
        """Mean self-review score."""
        return sum(self.scores.values()) / len(self.scores) if self.scores else None

    @property
    def feedback_score(self) -> float | None:
        """Mean score the interviewer gave (a paired mock)."""
        scores = self.feedback_scores
        return sum(scores.values()) / len(scores) if scores else None

    @property
    def wpm(self) -> float | None:
        return self.words * 60.0 / self.speaking if self.has_transcript and self.speaking else None

    @property
    def fillers_per_minute(self) -> float | None:
        return (
            self.fillers * 60.0 / self.speaking if self.has_transcript and self.speaking else None
        )

    @property
    def started(self) -> datetime:
        try:
            return datetime.fromisoformat(self.started_at)
        except ValueError:
            return datetime.fromtimestamp(0, timezone.utc)

    @property
    def corrupt(self) -> bool:
        return bool(self.error)


def _row_from_json(text: str) -> ReviewRow:
    data = json.loads(text)
    data["phases"] = tuple(tuple(p) for p in data.get("phases", ()))
    data["key_points"] = tuple(data.get("key_points", (0, 0)))
    data["tests"] = tuple(data.get("tests", (0, 0)))
    data["levels_green"] = tuple(data.get("levels_green", ()))
    return ReviewRow(**data)


def build_row(folder: Path) -> tuple[ReviewRow, str]:
    """A folder's row and its search text (lower case), read from its files."""
    try:
        session = read_session(folder)
    except SessionError as exc:
        return _broken(folder, str(exc)), folder.name.lower()
    from mockterm.core.review.insights import insights

    transcript = None
    problem = ""
    if (folder / TRANSCRIPT_JSON).exists():
        try:
            transcript = read_transcript(folder)
        except TranscriptionError as exc:
            problem = str(exc)
    result = insights(session, transcript, per_phase=False)
    overall = result.overall
    row = ReviewRow(
        folder=folder.name,
        started_at=session.started_at.astimezone(timezone.utc).isoformat(),
        round_id=session.round_id,
        round_title=session.round_title,
        prompt_id=session.prompt.id,
        prompt_title=session.prompt.title,
        status=session.status,
        mode=session.mode,
        planned=total_seconds(p.planned_seconds for p in session.phases),
        actual=total_seconds(p.actual_seconds for p in session.phases),
        grade=session.grade or "",
        scores=dict(session.review.scores) if session.review else {},
        feedback_scores=dict(session.feedback.scores) if session.feedback else {},
        phases=tuple(
            (p.name, round(p.planned_seconds, 3), round(p.actual_seconds, 3))
            for p in session.phases
        ),
        has_audio=audio_path(folder, session.extra) is not None,
        has_transcript=transcript is not None,
        words=overall.words if overall else 0,
        speaking=overall.speaking_seconds if overall else 0.0,
        fillers=overall.fillers if overall else 0,
        key_points=(len(result.covered), len(result.key_points)),
        key_points_assessed=result.assessed,
        **code_figures(session.extra.get("code")),
        transcript_problem=problem,
        newer=newer_than_this(session),
    )
    text = " ".join(
        [
            session.round_id,
            session.round_title,
            session.prompt.id,
            session.prompt.title,
            session.prompt.text,
            *(q.title for q in session.questions),
            *(e.text for e in session.events if e.kind == "note"),
            session.review.went_well if session.review else "",
            session.review.to_improve if session.review else "",
            transcript.text if transcript else "",
        ]
    )
    return row, " ".join(text.lower().split())


def _broken(folder: Path, reason: str) -> ReviewRow:
    """A row for a folder that cannot be read: what its name tells, and why."""
    match = _FOLDER.match(folder.name)
    started = ""
    round_id = prompt_id = "?"
    if match:
        with contextlib.suppress(ValueError):
            started = (
                datetime.strptime(match.group(1), "%Y%m%dT%H%M%SZ")
                .replace(tzinfo=timezone.utc)
                .isoformat()
            )
        round_id, prompt_id = match.group(2), match.group(3)
    if not started:
        with contextlib.suppress(OSError):
            started = datetime.fromtimestamp(folder.stat().st_mtime, timezone.utc).isoformat()
    return ReviewRow(
        folder=folder.name,
        started_at=started,
        round_id=round_id,
        prompt_id=prompt_id,
        prompt_title=prompt_id,
        status="corrupt",
        error=reason,
    )


def _signature(folder: Path) -> str:
    parts = []
    for name in (SESSION_FILE, TRANSCRIPT_JSON, "audio.wav"):
        try:
            st = os.stat(folder / name)
        except OSError:
            parts.append("-")
        else:
            parts.append(f"{st.st_mtime_ns}:{st.st_size}")
    return "|".join(parts)


def session_folders(root: Path) -> list[Path]:
    """The session folders under `root` (hidden ones, like a cache, are not sessions)."""
    try:
        with os.scandir(root) as entries:
            return sorted(
                Path(e.path) for e in entries if not e.name.startswith(".") and e.is_dir()
            )
    except OSError:
        return []


def default_cache(root: Path) -> Path:
    """Where the index of `root` is cached: the user cache dir, one file per sessions dir."""
    return cache_dir() / f"review-{folder_key(root)}.sqlite"


class ReviewIndex:
    """Every session of a sessions directory, as rows; `search` finds them by text."""

    def __init__(self, root: Path, cache: Path | None = None) -> None:
        self.root = Path(root)
        self.cache = cache
        self.rows: list[ReviewRow] = []
        self.rebuilt = 0
        """How many rows the last `load` read from the files (the rest came from the cache)."""
        self.cache_problem = ""
        self.lock_wait = 2.0
        """Seconds to wait for a cache another mockterm is writing before reading the files."""
        self._texts: dict[str, str] = {}

    def load(self, progress: Callable[[int, int], None] | None = None) -> list[ReviewRow]:
        """Read the list, rebuilding the rows whose files changed; newest first.

        `progress(done, total)` is called as rows are rebuilt from their files (the slow part:
        on a first open, every transcript is read)."""
        folders = session_folders(self.root)
        signatures = {f.name: _signature(f) for f in folders}
        cached: dict[str, tuple[str, str]] = {}
        db = self._connect()
        if db is not None:
            try:
                cached = {
                    name: (sig, row)
                    for name, sig, row in db.execute("SELECT folder, sig, row FROM rows")
                }
            except sqlite3.Error as exc:
                self.cache_problem = str(exc)
                db = None
        rows = []
        fresh: list[tuple[str, str, str, str]] = []
        self._texts = {}
        for folder in folders:
            sig = signatures[folder.name]
            hit = cached.get(folder.name)
            row = None
            if hit is not None and hit[0] == sig:
                with contextlib.suppress(ValueError, TypeError, KeyError):
                    row = _row_from_json(hit[1])
            if row is None:
                if progress is not None:
                    progress(len(fresh), len(folders))
                row, text = build_row(folder)
                fresh.append((folder.name, sig, json.dumps(asdict(row)), text))
                self._texts[folder.name] = text
            rows.append(row)
        self.rebuilt = len(fresh)
        gone = set(cached) - set(signatures)
        if db is not None and (fresh or gone):
            try:
                with db:
                    db.executemany("REPLACE INTO rows VALUES (?, ?, ?, ?)", fresh)
                    db.executemany("DELETE FROM rows WHERE folder = ?", [(g,) for g in gone])
            except sqlite3.Error as exc:
                self.cache_problem = str(exc)
        if db is not None:
            db.close()
        rows.sort(key=lambda r: (r.started_at, r.folder), reverse=True)
        self.rows = rows
        return rows

    def search(self, query: str) -> set[str]:
        """Folder names whose prompt, notes, self-review or transcript hold every word of
        `query` (case-insensitive)."""
        terms = query.lower().split()
        names = {r.folder for r in self.rows}
        if not terms:
            return names
        found: set[str] = set()
        db = self._connect()
        if db is not None:
            clause = " AND ".join(["text LIKE ? ESCAPE '\\'"] * len(terms))
            params = [f"%{_escape(t)}%" for t in terms]
            try:
                found = {
                    name
                    for (name,) in db.execute(f"SELECT folder FROM rows WHERE {clause}", params)
                }
            except sqlite3.Error as exc:
                self.cache_problem = str(exc)
                db.close()
                db = None
            else:
                db.close()
        if db is None:
            # no cache: read the texts once, keep them
            for name in names:
                if name not in self._texts:
                    self._texts[name] = build_row(self.root / name)[1]
            found = {n for n, text in self._texts.items() if all(t in text for t in terms)}
        # rows rebuilt in this process are searched in memory too (their cache write may fail)
        found |= {n for n, text in self._texts.items() if all(t in text for t in terms)}
        return found & names

    def _connect(self) -> sqlite3.Connection | None:
        if self.cache is None:
            return None
        try:
            self.cache.parent.mkdir(parents=True, exist_ok=True)
            fresh = not self.cache.exists()
            db = sqlite3.connect(self.cache, timeout=self.lock_wait)
            if fresh:
                # it holds what the user said: private, like the sessions
                with contextlib.suppress(OSError):
                    os.chmod(self.cache, 0o600)
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version != INDEX_VERSION:
                with db:
                    db.execute("DROP TABLE IF EXISTS rows")
                    db.execute(
                        "CREATE TABLE rows (folder TEXT PRIMARY KEY, sig TEXT, row TEXT, text TEXT)"
                    )
                    db.execute(f"PRAGMA user_version = {INDEX_VERSION}")
            return db
        except (sqlite3.Error, OSError) as exc:
            self.cache_problem = f"review cache {self.cache} unusable: {exc}"
            if _damaged(exc) and self.cache.exists():
                # a damaged cache file: drop it, the next open starts a new one
                with contextlib.suppress(OSError):
                    self.cache.unlink()
            return None


def _damaged(exc: BaseException) -> bool:
    """A cache file that is not a database, or a broken one. A locked one (another mockterm
    writing it, for longer than the timeout) or one that cannot be opened is not damaged: it is
    left alone, and this open reads the files instead."""
    name = getattr(exc, "sqlite_errorname", "")
    if name:
        return name in ("SQLITE_NOTADB", "SQLITE_CORRUPT")
    # Pythons before 3.11 give no error name; only a plain DatabaseError means damage
    return type(exc) is sqlite3.DatabaseError


def _escape(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def rounds_of(rows: Iterable[ReviewRow]) -> list[tuple[str, str]]:
    """(round id, title) of the rows, each once, by title."""
    seen: dict[str, str] = {}
    for row in rows:
        seen.setdefault(row.round_id, row.round_title or row.round_id)
    return sorted(seen.items(), key=lambda kv: kv[1].lower())


def as_dict(row: ReviewRow) -> dict[str, Any]:
    return asdict(row)
