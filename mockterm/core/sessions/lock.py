"""The lock a running mock holds on its folder; the OS drops it if that process dies."""

from __future__ import annotations

import fcntl
from pathlib import Path
from typing import IO

LOCK_FILE = ".lock"


class SessionLock:
    """Held by the process running a mock; the OS drops it if that process dies."""

    def __init__(self, folder: Path) -> None:
        self._path = folder / LOCK_FILE
        self._handle: IO[str] | None = open(self._path, "a+")  # noqa: SIM115
        fcntl.flock(self._handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def release(self) -> None:
        """Let go of the lock; the mock is over, so its lock file goes too."""
        if self._handle is not None:
            self._path.unlink(missing_ok=True)
            self._handle.close()
            self._handle = None


def is_locked(folder: Path) -> bool:
    path = folder / LOCK_FILE
    if not path.exists():
        return False
    try:
        with open(path, "a+") as handle:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return True
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    except OSError:
        return False
    return False
