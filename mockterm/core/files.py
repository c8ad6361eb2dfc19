"""Writing files so that a crash leaves the old version or the new one, never half of either."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def atomic_write(path: Path, content: bytes, *, durable: bool = True, mode: int = 0o600) -> None:
    """Write `content` to `path` through a temp file and a rename.

    `durable` also fsyncs the file and its folder, so the new version survives a power cut (what
    the user made needs it; a cache does not). New files are private (`mode`): sessions hold a
    voice and notes, and caches hold the same.
    """
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if durable:
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
