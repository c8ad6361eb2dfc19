"""The list of all sessions for review, fast with ten thousand, and what to search in them.

`session.toml` (with `transcript.json`) stays the single source of truth. Reading a thousand of
them, and their transcripts for the speech figures, takes seconds, so the rows are kept in a
cache (SQLite, in the user cache dir):

- every row, in list order, in one blob of columns (`RowColumns`): the list opens from it
  without looking at a session folder or making a row object per session (`cached`);
- each folder's signature (size and modification time of `session.toml`, `transcript.json` and
  the audio): `refresh` compares them with the folders and rebuilds the rows of those that
  changed, were added or went away;
- each folder's words, in a full-text index (FTS5), for `search`.

A first build reads the folders in worker processes, one per core (`rows.build_rows`). Deleting
the cache loses nothing. A folder whose session cannot be read is a row too, with the reason.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from mockterm.core.cache import signature
from mockterm.core.paths import cache_dir, folder_key
from mockterm.core.review.row_columns import RowColumns
from mockterm.core.review.rows import Progress, ReviewRow, build_row, build_rows, query_terms

INDEX_VERSION = 6
"""Bump when `ReviewRow` changes (or what goes into it, or what is searched): every cached row
is then rebuilt."""
SIGNED = ("session.toml", "transcript.json", "audio.wav")
"""The files whose size and time make a folder's signature."""

Built = tuple[str, ReviewRow, str]
"""(folder name, its row, its search words)."""

_SCHEMA = (
    "CREATE TABLE sessions (id INTEGER PRIMARY KEY, folder TEXT UNIQUE NOT NULL, sig TEXT)",
    "CREATE TABLE snapshot (id INTEGER PRIMARY KEY CHECK (id = 0), generation INTEGER, rows BLOB)",
)
_FTS = "CREATE VIRTUAL TABLE words USING fts5(text)"
_PLAIN = "CREATE TABLE words (rowid INTEGER PRIMARY KEY, text TEXT)"
"""Where SQLite was built without FTS5: the words, searched with LIKE."""


def session_folders(root: Path) -> list[str]:
    """The names of the session folders under `root` (hidden ones, like a cache, are not)."""
    try:
        with os.scandir(root) as entries:
            return sorted(e.name for e in entries if not e.name.startswith(".") and e.is_dir())
    except OSError:
        return []


def folder_signature(root: str, name: str) -> str:
    """What changes when a session's files do."""
    return signature(*(f"{root}/{name}/{file}" for file in SIGNED))


def default_cache(root: Path) -> Path:
    """Where the index of `root` is cached: the user cache dir, one file per sessions dir."""
    return cache_dir() / f"review-{folder_key(root)}.sqlite"


def _order(row: ReviewRow) -> tuple[str, str]:
    return (row.started_at, row.folder)


class ReviewIndex:
    """Every session of a sessions directory, as rows; `search` finds them by their words."""

    def __init__(self, root: Path, cache: Path | None = None) -> None:
        self.root = Path(root)
        self.cache = cache
        self.rows: Sequence[ReviewRow] = []
        """Newest first: as cached, columns (`RowColumns`); rebuilt, a list."""
        self.rebuilt = 0
        """How many rows the last `refresh` read from the files (the rest came from the cache)."""
        self.cache_problem = ""
        self.lock_wait = 2.0
        """Seconds to wait for a cache another mockterm is writing before reading the files."""
        self._words: dict[str, str] = {}
        """Search words of the rows rebuilt in this process (all of them without a cache)."""
        self._signatures: dict[str, str] = {}
        """Each folder's signature when its row was last checked (the cache holds them too)."""
        self._generation: int | None = None
        """Which save of the cache `rows` came from: another process may have saved since."""

    def load(self, progress: Progress | None = None) -> list[ReviewRow]:
        """The rows, brought up to date with the folders; newest first.

        `progress(done, total)` is called as rows are rebuilt from their files (the slow part:
        on a first build, every transcript is read)."""
        self.cached()
        self.refresh(progress)
        return list(self.rows)

    def cached(self) -> Sequence[ReviewRow]:
        """The rows as the cache last saw them, without reading any session folder: what the
        review list shows first, before `refresh` checks them ([] without a cache)."""
        db = self._connect()
        if db is None:
            return self.rows
        try:
            self._read_snapshot(db)
        except sqlite3.Error as exc:
            self.cache_problem = str(exc)
        finally:
            db.close()
        return self.rows

    def _read_snapshot(self, db: sqlite3.Connection, unless: int | None = None) -> None:
        """The rows of the snapshot, unless it is generation `unless` (the rows held)."""
        found = db.execute("SELECT generation, rows FROM snapshot WHERE id = 0").fetchone()
        if found is None or found[0] == unless:
            return
        try:
            rows = RowColumns.read(pickle.loads(found[1]))
        except Exception:  # damaged, or another version's classes: `refresh` rebuilds every row
            return
        if rows is not None:
            self.rows, self._generation = rows, found[0]

    def refresh(self, progress: Progress | None = None) -> bool:
        """Compare every folder's files with the cache; rebuild the rows of the folders that
        changed or are new, drop those that went away. True when the rows changed."""
        root = str(self.root)
        signatures = {name: folder_signature(root, name) for name in session_folders(self.root)}
        db = self._connect()
        known = self._signatures
        if db is not None:
            try:
                with db:  # one read: the signatures and the rows they belong to
                    db.execute("BEGIN")
                    known = {f: s for f, s in db.execute("SELECT folder, sig FROM sessions")}
                    self._read_snapshot(db, unless=self._generation)
            except sqlite3.Error as exc:
                self.cache_problem = str(exc)
                db.close()
                db = None
        have = set(_folders(self.rows))
        stale = [n for n, sig in signatures.items() if n not in have or known.get(n) != sig]
        gone = [n for n in have | set(known) if n not in signatures]
        self.rebuilt = len(stale)
        self._signatures = signatures
        if not stale and not gone:
            if db is not None:
                db.close()
            return False
        built = list(build_rows([self.root / name for name in stale], progress))
        rows = {row.folder: row for row in self.rows}
        for name in gone:
            rows.pop(name, None)
        for name, row, words in built:
            rows[name] = row
            self._words[name] = words
        self.rows = sorted(rows.values(), key=_order, reverse=True)
        if db is not None:
            try:
                self._save(db, signatures, built, gone)
            except (sqlite3.Error, pickle.PicklingError) as exc:
                self.cache_problem = str(exc)
            finally:
                db.close()
        return True

    def _save(
        self,
        db: sqlite3.Connection,
        signatures: dict[str, str],
        built: list[Built],
        gone: list[str],
    ) -> None:
        """Write what `refresh` rebuilt and dropped, and the new list, in one transaction."""
        with db:
            db.execute("BEGIN IMMEDIATE")  # no other process writes between this read and ours
            ids = {f: i for i, f in db.execute("SELECT id, folder FROM sessions")}
            for name in gone:
                if name in ids:
                    db.execute("DELETE FROM words WHERE rowid = ?", (ids[name],))
                    db.execute("DELETE FROM sessions WHERE id = ?", (ids[name],))
            for name, _row, words in built:
                rowid = ids.get(name)
                if rowid is not None:
                    db.execute(
                        "UPDATE sessions SET sig = ? WHERE id = ?", (signatures[name], rowid)
                    )
                    db.execute("DELETE FROM words WHERE rowid = ?", (rowid,))
                else:
                    rowid = db.execute(
                        "INSERT INTO sessions (folder, sig) VALUES (?, ?)", (name, signatures[name])
                    ).lastrowid
                db.execute("INSERT INTO words (rowid, text) VALUES (?, ?)", (rowid, words))
            self._generation = (self._generation or 0) + 1
            columns = RowColumns.of(self.rows).columns
            blob = pickle.dumps(columns, protocol=pickle.HIGHEST_PROTOCOL)
            db.execute("REPLACE INTO snapshot VALUES (0, ?, ?)", (self._generation, blob))

    def search(self, query: str) -> set[str]:
        """Folder names whose prompt, notes, self-review or transcript hold a word starting
        with each word of `query` (case-insensitive: "cach" finds "caching")."""
        terms = query_terms(query)
        names = set(_folders(self.rows))
        if not terms:
            return names if query.strip() == "" else set()
        found = self._search_cache(terms)
        if found is None:
            # no cache: read the words once, keep them
            for name in names - set(self._words):
                self._words[name] = build_row(self.root / name)[1]
            found = set()
        # rows rebuilt in this process are searched in memory too (their cache write may fail)
        found |= {n for n, words in self._words.items() if _has_all(words, terms)}
        return found & names

    def _search_cache(self, terms: list[str]) -> set[str] | None:
        db = self._connect()
        if db is None:
            return None
        try:
            (sql,) = db.execute("SELECT sql FROM sqlite_master WHERE name = 'words'").fetchone()
            if "fts5" in sql.lower():
                match = " AND ".join(f'"{t}"*' for t in terms)
                where, params = "words MATCH ?", [match]
            else:
                where = " AND ".join(["(' ' || text) LIKE ? ESCAPE '\\'"] * len(terms))
                params = [f"% {_escape(t)}%" for t in terms]
            query = (
                f"SELECT folder FROM sessions JOIN words ON words.rowid = sessions.id WHERE {where}"
            )
            return {name for (name,) in db.execute(query, params)}
        except (sqlite3.Error, TypeError) as exc:
            self.cache_problem = str(exc)
            return None
        finally:
            db.close()

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
                _create(db)
            return db
        except (sqlite3.Error, OSError) as exc:
            self.cache_problem = f"review cache {self.cache} unusable: {exc}"
            if _damaged(exc) and self.cache.exists():
                # a damaged cache file: drop it, the next open starts a new one
                with contextlib.suppress(OSError):
                    self.cache.unlink()
            return None


def _folders(rows: Sequence[ReviewRow]) -> Sequence[str]:
    """The rows' folder names, without making the rows of columns."""
    if isinstance(rows, RowColumns):
        return rows.column("folder")
    return [row.folder for row in rows]


def _create(db: sqlite3.Connection) -> None:
    """The tables of this version, in place of whatever an older one left."""
    with db:
        for table in ("rows", "sessions", "snapshot", "words"):
            db.execute(f"DROP TABLE IF EXISTS {table}")
        for statement in _SCHEMA:
            db.execute(statement)
        try:
            db.execute(_FTS)
        except sqlite3.OperationalError:  # no FTS5 in this SQLite
            db.execute(_PLAIN)
        db.execute(f"PRAGMA user_version = {INDEX_VERSION}")


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


def _has_all(words: str, terms: Sequence[str]) -> bool:
    spaced = " " + words
    return all(f" {t}" in spaced for t in terms)


def rounds_of(rows: Iterable[ReviewRow]) -> list[tuple[str, str]]:
    """(round id, title) of the rows, each once, by title."""
    return round_titles((row.round_id, row.round_title) for row in rows)


def round_titles(rounds: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(round id, title) of each (round id, title) once, by title."""
    seen: dict[str, str] = {}
    for round_id, title in rounds:
        seen.setdefault(round_id, title or round_id)
    return sorted(seen.items(), key=lambda kv: kv[1].lower())


def as_dict(row: ReviewRow) -> dict[str, Any]:
    return asdict(row)


__all__ = ["ReviewIndex", "ReviewRow", "build_row", "default_cache", "round_titles", "rounds_of"]
