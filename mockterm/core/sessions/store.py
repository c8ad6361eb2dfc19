"""The sessions directory: new folders, scanning them all (cached), finding one, and editing a
saved session (a review written after the mock)."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timezone
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from mockterm import __version__
from mockterm.core.cache import MISSING, PickleCache, signature
from mockterm.core.paths import folder_key, resolved
from mockterm.core.sessions.errors import SessionError

if TYPE_CHECKING:
    from mockterm.core.sessions.model import SelfReview, Session

# what reads and writes a session file is imported where it is used: the app's start needs a
# store (its folder made, ready to scan after the first frame), not the session model


class SessionEntry(NamedTuple):
    """One folder under the sessions directory: its session, or why it could not be read."""

    folder: Path
    session: Session | None
    error: str = ""


class SessionNotFound(SessionError):
    """A name the user gave that names no session (or several): bad input."""


class SessionStore:
    """The sessions directory: creates folders, lists them, recovers crashed mocks."""

    def __init__(self, root: Path, cache_dir: Path | None = None) -> None:
        self.root = Path(root)
        # parsed sessions by folder name, with the signature of the session.toml they came
        # from: a scan re-reads only what changed; kept across runs in `cache_dir` when given
        self._memo: dict[str, tuple[str, Session]] | None = None
        self._cache_dir = cache_dir

    @cached_property
    def _cache(self) -> PickleCache:
        """Made at the first scan (after the app's first frame), not with the store."""
        name = f"sessions-{folder_key(self.root)}.pickle"
        return PickleCache(self._cache_dir / name if self._cache_dir else None, __version__)

    def ensure(self) -> Path:
        """Create the directory (private: it holds the user's voice) and check it is writable."""
        try:
            if self.root.is_symlink() and not self.root.exists():
                raise SessionError(
                    f"sessions path {self.root} is a link that leads nowhere (a loop, or to "
                    "something missing); choose another with --sessions DIR"
                )
            if not self.root.exists():
                self.root.mkdir(parents=True, mode=0o700)
            if not self.root.is_dir():
                raise SessionError(f"sessions path {self.root} is not a directory")
            self._make_private()
            if not os.access(self.root, os.W_OK | os.X_OK):
                raise PermissionError(self.root)
        except PermissionError:
            raise SessionError(
                f"cannot write to the sessions directory {self.root}; choose another with "
                "--sessions DIR or sessions_dir in the config file"
            ) from None
        except OSError as exc:
            raise SessionError(
                f"cannot use sessions directory {self.root}: {exc.strerror or exc}"
            ) from None
        return self.root

    def _make_private(self) -> None:
        """A sessions dir others can read (a checkout's `sessions/` starts 0755) becomes 0700,
        as the README promises; one that is not the user's own is left as it is."""
        stat = self.root.stat()
        if stat.st_mode & 0o077 and stat.st_uid == os.getuid():
            os.chmod(self.root, 0o700)

    def new_folder(self, started_at: datetime, round_id: str, prompt_id: str) -> Path:
        self.ensure()
        stamp = started_at.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        base = f"{stamp}_{round_id}_{prompt_id}"
        for n in range(1000):
            folder = self.root / (base if n == 0 else f"{base}-{n + 1}")
            try:
                folder.mkdir(mode=0o700)
                return folder
            except FileExistsError:
                continue
        raise SessionError(f"cannot create a session folder for {base}")

    def folders(self) -> list[Path]:
        if not self.root.is_dir():
            return []
        return sorted(
            (p for p in self.root.iterdir() if p.is_dir() and not p.name.startswith(".")),
            key=lambda p: p.name,
        )

    def scan(self) -> list[SessionEntry]:
        """Every session folder, oldest first; unchanged files are not parsed again."""
        from mockterm.core.sessions.session_file import SESSION_FILE, read_session

        if self._memo is None:
            loaded = self._cache.load()
            self._memo = loaded if isinstance(loaded, dict) else {}
        memo = self._memo
        entries = []
        fresh: dict[str, tuple[str, Session]] = {}
        for folder in self.folders():
            sig = signature(folder / SESSION_FILE)
            known = memo.get(folder.name)
            if known is not None and known[0] == sig and MISSING not in sig:
                fresh[folder.name] = known
                entries.append(SessionEntry(folder, known[1]))
                continue
            try:
                session = read_session(folder)
            except SessionError as exc:
                entries.append(SessionEntry(folder, None, str(exc)))
                continue
            fresh[folder.name] = (sig, session)
            entries.append(SessionEntry(folder, session))
        if fresh.keys() != memo.keys() or any(fresh[k] is not memo[k] for k in fresh):
            self._memo = fresh
            self._cache.save(fresh)
        return entries

    def find(self, name: str) -> Path:
        """A session folder by path, full name or unique prefix of its name."""
        from mockterm.core.sessions.session_file import SESSION_FILE

        direct = Path(name)
        if (direct / SESSION_FILE).exists():
            return direct
        matches = [f for f in self.folders() if f.name.startswith(name)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise SessionNotFound(f"no session {name!r} in {self.root}")
        raise SessionNotFound(f"{name!r} matches {len(matches)} sessions; give more of the name")

    def delete(self, folder: Path) -> None:
        """Delete a saved session, recordings and all (a mock started by mistake leaves every
        statistic). Not one that a running mockterm is recording into."""
        from mockterm.core.sessions.lock import is_locked

        if is_locked(folder):
            raise SessionError(f"{folder.name} is a mock still running; end it first")
        try:
            self.discard(folder)
        except OSError as exc:
            raise SessionError(f"cannot delete {folder}: {exc.strerror or exc}") from None
        self._memo = None  # the scan's memo names it

    def discard(self, folder: Path) -> None:
        if resolved(folder).parent != resolved(self.root):
            raise SessionError(f"{folder} is not a session folder of {self.root}")
        import shutil

        shutil.rmtree(folder)


def update_session(folder: Path, **changes: Any) -> Session:
    """Change fields of a saved session (a review edited after the mock) and write it back."""
    return modify_session(folder, lambda session: replace(session, **changes))


def modify_session(folder: Path, change: Callable[[Session], Session]) -> Session:
    """Write back `change` of a saved session, as it is on disk now.

    The file is read again first (under the writers' lock), so what changed in it since it was
    shown is kept; a mock still running in another mockterm merges the change into its next
    write. A file written by a newer mockterm is not changed (it may hold what this one drops).
    """
    from mockterm.core.sessions.lock import writing
    from mockterm.core.sessions.session_file import read_session, write_session

    try:
        with writing(folder):
            session = read_session(folder)
            check_writable(session, folder)
            session = change(session)
            write_session(folder, session)
    except OSError as exc:  # the folder itself: gone, or not ours to lock
        raise SessionError(f"cannot change {folder}: {exc.strerror or exc}") from None
    return session


NEWER_NOTE = (
    "{count} session(s) written by a newer mockterm: shown as far as this one can read them, "
    "and never changed by it; update mockterm to see all of them"
)


def newer_than_this(session: Session) -> bool:
    """Written by a newer mockterm: it may hold what this one does not know (and so drops)."""
    from mockterm.core.sessions.model import FORMAT_VERSION

    return session.format_version > FORMAT_VERSION


def check_writable(session: Session, folder: Path) -> None:
    from mockterm.core.sessions.model import FORMAT_VERSION

    if newer_than_this(session):
        raise SessionError(
            f"{folder.name} was written by a newer mockterm (session format "
            f"{session.format_version}, this one knows {FORMAT_VERSION}): update mockterm to "
            "change it"
        )


def edit_review(folder: Path, review: SelfReview, grade: str | None) -> Session:
    """Save an edited self-review and grade of a past mock (MockSession.save_review's twin)."""
    return update_session(folder, review=review, grade=grade)
