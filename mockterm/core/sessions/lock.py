"""Locks on a session folder: the one a running mock holds for its life (the OS drops it if that
process dies), and the short one every writer of session.toml takes around its write."""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
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


@contextlib.contextmanager
def writing(folder: Path) -> Iterator[None]:
    """Held while one writer reads, merges and writes session.toml, so two instances (a mock
    running in one, its review edited in another) never write over each other unseen. The lock
    is on the folder itself: no file is added."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing drops the lock
