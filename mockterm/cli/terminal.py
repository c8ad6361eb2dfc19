"""The app's terminal kept for the app: what C libraries print while it runs goes to a log."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

LOG_NAME = "stderr.log"
"""In the cache dir: what PortAudio, ALSA or PulseAudio printed while the app ran."""


@contextlib.contextmanager
def c_stderr_to(log: Path) -> Iterator[None]:
    """While the app runs, file descriptor 2 goes to `log`: PortAudio, ALSA and the sound
    server's client write their own errors there ("ALSA lib pcm.c: ... underrun"), straight over
    the screen Textual draws. Textual draws on `sys.__stderr__`, so that (and `sys.stderr`, for
    Python's own last words) gets a copy of the terminal's descriptor first. Where the log cannot
    be opened, nothing changes."""
    try:
        sys.stderr.flush()
        terminal = os.dup(2)
    except (OSError, ValueError):
        yield
        return
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        log_fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    except OSError:
        os.close(terminal)
        yield
        return
    encoding = getattr(sys.__stderr__, "encoding", None) or "utf-8"
    stream = os.fdopen(terminal, "w", encoding=encoding, errors="backslashreplace")
    saved = sys.__stderr__, sys.stderr
    os.dup2(log_fd, 2)
    os.close(log_fd)
    sys.__stderr__ = sys.stderr = stream  # type: ignore[misc]
    try:
        yield
    finally:
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
        os.dup2(stream.fileno(), 2)
        sys.__stderr__, sys.stderr = saved  # type: ignore[misc]
        stream.close()
