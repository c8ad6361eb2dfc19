"""Files mockterm writes (atomically: a crash leaves the old version or the new one, never half
of either) and the TOML files it reads (one clear line for any damage)."""

from __future__ import annotations

import contextlib
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from mockterm.core.text import plain_data


class TomlError(ValueError):
    """A TOML file that cannot be read; the message names the file and says why, in one line.
    `line` is where (1 when the whole file is at fault) and `reason` the why without the file."""

    def __init__(self, message: str, line: int, reason: str) -> None:
        super().__init__(message)
        self.line = line
        self.reason = reason


# what tomllib's terse messages usually mean
_TOML_HINTS = (
    (
        "Illegal character '\\n'",
        ': a quoted string is not closed on this line (text over several lines goes in """)',
    ),
    ("Illegal character", ": a control character must be written escaped, as \\u001b for ESC"),
    ("Unclosed array", ": a [ ... ] list is missing its closing ]"),
    ("Cannot overwrite a value", ": the same key is set twice in one table"),
    ("Unescaped '\\'", ": write \\\\, or put the text in ''' quotes, which take no escapes"),
    ("Invalid value", ": a value is missing, or text is not in quotes"),
)


def parse_toml(raw: bytes, path: Path | str) -> dict[str, Any]:
    """A TOML file mockterm reads (a bank, a session, the config): a byte-order mark is allowed,
    damage (bad UTF-8, bad TOML, tables nested past reason) is one TomlError line, and its
    strings come back without control characters (`mockterm.core.text.plain`): the file is
    untrusted."""
    return parse_toml_text(toml_text(raw, path), path)


def toml_text(raw: bytes, path: Path | str) -> str:
    """The text of a TOML file (a byte-order mark is allowed), or TomlError for bad UTF-8."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        reason = "is not UTF-8 text"
        raise TomlError(f"{path}: line {line} {reason}", line, reason) from None


def parse_toml_text(text: str, path: Path | str) -> dict[str, Any]:
    """`parse_toml` of text already decoded."""
    # imported here: a start that finds its caches (and no config file) reads no TOML
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib

    try:
        data: dict[str, Any] = plain_data(tomllib.loads(text.removeprefix("\ufeff")))
        return data
    except tomllib.TOMLDecodeError as exc:
        line, reason = _syntax_error(exc, text)
        raise TomlError(f"{path} is not valid TOML: line {line}: {reason}", line, reason) from None
    except RecursionError:
        reason = "tables or lists nested too deep to read"
        raise TomlError(f"{path}: {reason}", 1, reason) from None


def _syntax_error(error: Exception, text: str) -> tuple[int, str]:
    """The line of a TOML syntax error and what to report: tomllib's words, plus a hint."""
    message = str(error)
    match = re.search(r"\(at line (\d+), column \d+\)", message)
    line = int(match.group(1)) if match else max(len(text.splitlines()), 1)
    message = re.sub(r"\s*\(at line \d+, column \d+\)", "", message)
    message = re.sub(r"\s*\(at end of document\)", " (at end of file)", message)
    hint = next((h for start, h in _TOML_HINTS if message.startswith(start)), "")
    return line, f"{message}{hint}"


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
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a link loop (Python < 3.13)
        return None
    return path


class ForeignFile(ValueError):
    """A file that mockterm would write over but did not write; the message says so in a line."""


def check_ours(path: Path, mark: str) -> None:
    """Before writing over `path`: a file that exists and holds something must carry `mark` near
    its top (each kind of file mockterm writes outside its own folders starts with one), else it
    is someone else's (a config, a pyproject.toml, the user's notes) and ForeignFile refuses."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(_HEAD)
    except FileNotFoundError:
        return
    except IsADirectoryError:
        raise ForeignFile(f"{path} is a folder, not a file") from None
    except OSError as exc:
        reason = exc.strerror or exc
        raise ForeignFile(f"cannot read {path} ({reason}), so it is not written over") from None
    if head.strip() and mark.encode("utf-8") not in head:
        raise ForeignFile(
            f"{path} exists and was not written by mockterm, so it is left as it is; "
            "choose another file (or move that one away)"
        )


_HEAD = 512
"""How much of a file `check_ours` reads for the mark: the mark is on its first lines."""
