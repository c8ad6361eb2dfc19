"""Files mockterm writes (atomically: a crash leaves the old version or the new one, never half
of either) and the TOML files it reads (one clear line for any damage)."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


class TomlError(ValueError):
    """A TOML file that cannot be read; the message names the file and says why, in one line."""


def parse_toml(raw: bytes, path: Path) -> dict[str, Any]:
    """A TOML file mockterm reads (a session, the config): a byte-order mark is allowed, and
    damage (bad UTF-8, bad TOML, tables nested past reason) is one TomlError line."""
    try:
        return tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise TomlError(f"{path}: line {line} is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise TomlError(f"{path} is not valid TOML: {exc}") from None
    except RecursionError:
        raise TomlError(f"{path}: tables or lists nested too deep to read") from None


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


def inside(folder: Path, name: str) -> Path | None:
    """`folder / name` when it stays inside `folder` (a file name read from a session file may
    be anything: `/etc/passwd`, `../x`, a link out); None otherwise."""
    try:
        path = (folder / name).resolve()
        path.relative_to(folder.resolve())
    except (ValueError, OSError):
        return None
    return path
