"""Where things are in a bank file's text: the line of a key or table, and what a syntax error
means. tomllib gives values without positions, so problems are located by reading the text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\"' -]+?)\s*\]\]?\s*(#.*)?$")


@dataclass(frozen=True)
class Span:
    """A table in the text: its header line, the line its own keys stop before, and the lines
    between which its sub-tables' headers are (after, before); its own span when not given."""

    line: int
    end: int
    tables: tuple[int, int] | None = None

    @property
    def tables_after(self) -> int:
        return self.tables[0] if self.tables else self.line

    @property
    def tables_end(self) -> int:
        return self.tables[1] if self.tables else self.end


class TomlLines:
    """Finds the line of a key in a TOML text by walking its table headers."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.headers: list[tuple[int, str]] = []  # (1-based line, header name)
        for number, line in enumerate(self.lines, start=1):
            match = _HEADER.match(line)
            if match and not line.lstrip().startswith("#"):
                self.headers.append((number, match.group(1).replace(" ", "")))

    def nth_header(self, name: str, index: int, after: int = 0, before: int | None = None) -> int:
        found = [n for n, h in self.headers if h == name and n > after]
        if before is not None:
            found = [n for n in found if n < before]
        return found[index] if index < len(found) else 0

    def block_end(self, start: int) -> int:
        """The line of the next `[round]` or `[[prompts]]`: where an entry's sub-tables stop."""
        for number, name in self.headers:
            if number > start and name in ("round", "prompts"):
                return number
        return len(self.lines) + 1

    def next_header(self, start: int) -> int:
        """The line of the next header of any kind: where one array entry's keys stop."""
        for number, _ in self.headers:
            if number > start:
                return number
        return len(self.lines) + 1

    def key(self, key: str, start: int, end: int | None = None) -> int:
        """The line setting `key` (or opening a `[key]` table) from `start`; `start` if none."""
        name = re.escape(key)
        pattern = re.compile(rf"^\s*(\"?{name}\"?\s*=|\[\[?\s*([\w.-]+\.)?{name}\s*\]\]?)")
        stop = end if end is not None else len(self.lines) + 1
        for number in range(max(start, 1), stop):
            if pattern.match(self.lines[number - 1]):
                return number
        return start or 1


def prompt_line(path: str, prompt_id: str) -> int:
    """The line of a prompt's `id = "..."` in a file already checked (1 if it cannot be read)."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return 1
    pattern = re.compile(rf"^\s*id\s*=\s*[\"']{re.escape(prompt_id)}[\"']")
    return next((n for n, text in enumerate(lines, 1) if pattern.match(text)), 1)
