"""Turn a Markdown notes file into prompts of a user bank file (`mockterm bank import`).

A question is:

- a heading ending in `?` (its answer: everything under it up to the next heading of the same or a
  higher level, or the next question);
- a list item ending in `?` (its answer: the lines indented under it: sub-bullets, paragraphs);
- a line that is all bold and ends in `?` (`**What is X?**`), or a line starting `Q:` (its answer:
  what follows, up to the next question or heading; a leading `A:` is dropped);
- under a heading such as "Questions", "Interview questions", "Q&A", "FAQ" or "Flashcards": every
  sub-heading and every top-level list item, with or without `?`.

Ids are slugs of the question, prefixed with the notes file's name, so importing the same file again
updates its prompts instead of adding new ones. The output file passes `bank validate`.
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomlkit

from mockterm.core.bank import Bank, Round, parse_file
from mockterm.core.bank.prompts_file import rewrite_prompts
from mockterm.core.files import atomic_write

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

TITLE_MAX = 80
SLUG_MAX = 48

_FENCE = re.compile(r"^\s*(```|~~~)")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_ITEM = re.compile(r"^(\s*)([-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?(.*)$")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(.+?)\1\s*$")
_Q_LINE = re.compile(r"^\s*(?:\*\*|__)?Q(?:uestion)?\s*\d*\s*[:.](?:\*\*|__)?\s*(.+)$", re.I)
_A_MARK = re.compile(r"^\s*(?:\*\*|__)?(?:A\s*:|Answer\s*[:.])(?:\*\*|__)?\s*", re.I)
_SECTION = re.compile(
    r"^(?:\d+[.)]\s*)?(?:(?:interview|practice|review|sample|common|key|study|self[- ]test|"
    r"open|my)\s+)*(?:questions?|q\s*&\s*a|q\s*/\s*a|faqs?|flash ?cards?|quiz(?:zes)?|drills?)\b",
    re.I,
)


@dataclass(frozen=True)
class Question:
    """A question found in the notes, with the Markdown under it."""

    line: int
    text: str
    answer: str


@dataclass(frozen=True)
class Skipped:
    """Something in the notes that looked like a question (or a heading) and was not imported."""

    line: int
    text: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {_short(self.text, 60)!r}: {self.reason}"


@dataclass(frozen=True)
class ParsedNotes:
    questions: tuple[Question, ...]
    skipped: tuple[Skipped, ...]


class NotesImportError(Exception):
    """The import cannot go on (unknown round, an output file of another round...)."""


@dataclass
class _Open:
    line: int
    text: str
    kind: str  # heading | item | para
    level: int = 0  # heading level
    indent: int = 0  # list item: column of the marker; continuation lines are indented more
    body: list[str] = field(default_factory=list)


def _clean(text: str) -> str:
    """Heading / item text without trailing emphasis marks and spaces."""
    return re.sub(r"[\s*_`]+$", "", text.strip())


def _is_question(text: str) -> bool:
    return _clean(text).endswith("?")


def _indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def parse_notes(text: str) -> ParsedNotes:
    """Find the questions (and what to report as skipped) in a Markdown text."""
    lines = text.splitlines()
    questions: list[Question] = []
    skipped: list[Skipped] = []
    current: _Open | None = None
    section: int | None = None  # level of the "Questions" heading we are under
    section_indent: int | None = None  # indent of the top-level items of that section
    fence: str | None = None

    def close() -> None:
        nonlocal current
        if current is not None:
            questions.append(Question(current.line, current.text, _answer(current.body)))
        current = None

    index = 0
    while index < len(lines):
        line = lines[index]
        number = index + 1
        index += 1
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
            if current is not None:
                current.body.append(line)
            continue
        fence_match = _FENCE.match(line)
        if fence_match:
            fence = fence_match.group(1)
            if current is not None and current.kind == "item" and _indent(line) <= current.indent:
                close()  # a code block back at the item's column is not part of its answer
            if current is not None:
                current.body.append(line)
            continue

        heading = _heading(line, lines[index] if index < len(lines) else "", lines, index - 1)
        if heading is not None:
            level, title = heading
            if _SETEXT.match(lines[index] if index < len(lines) else "") and not _ATX.match(line):
                index += 1  # the underline
            if section is not None and level <= section:
                section, section_indent = None, None
            in_section = section is not None and level > section
            question = _is_question(title) or in_section
            if (
                current is not None
                and current.kind == "heading"
                and level > current.level
                and not question
            ):
                current.body.append("#" * level + " " + title)  # a sub-topic of the answer
                continue
            close()
            if _SECTION.match(_clean(title).rstrip(":")) and not _is_question(title):
                section, section_indent = level, None
                continue
            if question and _clean(title):
                current = _Open(number, _clean(title), "heading", level=level)
            elif title.strip():
                skipped.append(
                    Skipped(
                        number,
                        title.strip(),
                        "heading without '?' (a topic, not a question): only its questions "
                        "are imported",
                    )
                )
            continue

        item = _ITEM.match(line)
        if item is not None:
            indent = _indent(line)
            body_text = item.group(3)
            if current is not None and current.kind == "item" and indent > current.indent:
                current.body.append(line)
                continue
            top_level = section is not None and (section_indent is None or indent <= section_indent)
            # a list under a question heading or a Q: line is its answer
            in_answer = current is not None and current.kind in ("heading", "para")
            if _is_question(body_text) or (top_level and not in_answer):
                close()
                if section is not None and section_indent is None:
                    section_indent = indent
                if not _clean(body_text).rstrip("?").strip():
                    skipped.append(Skipped(number, line.strip(), "empty question"))
                    continue
                current = _Open(number, _clean(body_text), "item", indent=indent)
                continue
            if current is not None and current.kind == "item":
                close()  # a sibling that is not a question ends the previous answer
                continue
            if current is not None:
                current.body.append(line)
            continue

        q_line = _Q_LINE.match(line)
        bold = _BOLD_LINE.match(line)
        question_text = q_line.group(1) if q_line is not None else bold.group(2) if bold else ""
        if q_line is not None or _is_question(question_text):
            close()
            current = _Open(number, _clean(question_text), "para")
            continue

        if current is None:
            continue
        if current.kind == "item" and line.strip() and _indent(line) <= current.indent:
            close()  # text back at the item's own column: the answer has ended
            continue
        current.body.append(line)
    close()
    return ParsedNotes(tuple(questions), tuple(skipped))


def _heading(line: str, following: str, lines: Sequence[str], at: int) -> tuple[int, str] | None:
    atx = _ATX.match(line)
    if atx is not None and not line.startswith("    "):
        return len(atx.group(1)), atx.group(2) or ""
    setext = _SETEXT.match(following)
    if (
        setext is not None
        and line.strip()
        and not _ITEM.match(line)
        and (at == 0 or not lines[at - 1].strip())
        and _indent(line) < 4
    ):
        return (1 if setext.group(1).startswith("=") else 2), line.strip()
    return None


def _answer(body: Sequence[str]) -> str:
    """The lines under a question as Markdown: dedented, trimmed, without an `A:` marker."""
    lines = list(body)
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and (not lines[-1].strip() or re.fullmatch(r"\s*([-*_])(\s*\1){2,}\s*", lines[-1])):
        lines.pop()  # blank lines and a closing horizontal rule
    if not lines:
        return ""
    margin = min(_indent(x) for x in lines if x.strip())
    lines = [x.expandtabs(4)[margin:] if x.strip() else "" for x in lines]
    lines[0] = _A_MARK.sub("", lines[0], count=1)
    return "\n".join(lines).strip()


# --- prompts ------------------------------------------------------------------------------------


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def prompt_id(prefix: str, question: str) -> str:
    """A stable id: the prefix plus the question's slug (long ones shortened, plus a hash)."""
    slug = slugify(_plain(question)) or "question"
    if len(slug) > SLUG_MAX:
        digest = hashlib.sha1(" ".join(question.lower().split()).encode()).hexdigest()[:6]
        slug = slug[:SLUG_MAX].rsplit("-", 1)[0] + "-" + digest
    return f"{prefix}-{slug}"


def _plain(markdown: str) -> str:
    """Markdown inline text as plain text, for titles and slugs."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    text = re.sub(r"(\*\*|__|\*|_|`)", "", text)
    return " ".join(text.split())


def _short(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def _key_points(answer: str) -> list[str]:
    """Bold phrases in the answer (what the notes' author marked as essential), at most six."""
    found: list[str] = []
    for match in re.finditer(r"(\*\*|__)(.+?)\1", answer):
        phrase = _plain(match.group(2)).strip(" :.,")
        if phrase and phrase.lower() not in (f.lower() for f in found):
            found.append(phrase)
    return found[:6]


@dataclass(frozen=True)
class ImportResult:
    """What an import did, to report."""

    out: Path
    round_id: str
    added: tuple[tuple[str, str], ...]  # (id, title)
    updated: tuple[tuple[str, str], ...]
    unchanged: tuple[tuple[str, str], ...]
    removed: tuple[str, ...]
    kept: tuple[str, ...]  # prompts of the file that other imports (or the user) put there
    skipped: tuple[Skipped, ...]

    @property
    def imported(self) -> int:
        return len(self.added) + len(self.updated) + len(self.unchanged)


def default_out(notes: Path) -> Path:
    return notes.with_suffix(".toml")


def import_notes(
    notes: Path,
    round_: Round,
    out: Path,
    bank: Bank | None = None,
    *,
    text: str | None = None,
) -> ImportResult:
    """Import the questions of `notes` as prompts of `round_` into `out` (created or updated).

    `bank` (the loaded banks) is used to refuse ids that another file already uses.
    Raises NotesImportError with one line for anything that stops the import.
    """
    if text is None:
        try:
            text = notes.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise NotesImportError(f"cannot read {notes}: {exc}") from None
    if round_.format == "levels":
        raise NotesImportError(
            f"{round_.id!r} is a levels round (each prompt needs its levels); import into a "
            "single or rapid_fire round"
        )
    parsed = parse_notes(text)
    prefix = slugify(notes.stem) or "notes"
    current, existing = _existing(out, notes, round_.id)
    skipped = list(parsed.skipped)
    new: dict[str, dict[str, Any]] = {}
    first_line: dict[str, int] = {}
    out_key = _resolved(out)
    for question in parsed.questions:
        pid = prompt_id(prefix, question.text)
        if pid in first_line:
            skipped.append(
                Skipped(question.line, question.text, f"same question as line {first_line[pid]}")
            )
            continue
        other = bank.prompts.get(pid) if bank is not None else None
        if other is not None and other.source and _resolved(Path(other.source)) != out_key:
            skipped.append(
                Skipped(
                    question.line, question.text, f"id {pid!r} is already used in {other.source}"
                )
            )
            continue
        answer = question.answer
        if round_.format == "rapid_fire" and not answer.strip():
            skipped.append(
                Skipped(
                    question.line,
                    question.text,
                    f"no answer under it, and {round_.id!r} is a rapid-fire round, which shows "
                    "one after each question",
                )
            )
            continue
        first_line[pid] = question.line
        prompt: dict[str, Any] = {
            "id": pid,
            "title": _short(_plain(question.text), TITLE_MAX),
            "difficulty": "medium",
            "tags": ["notes"],
            "text": question.text,
        }
        if answer:
            prompt["answer"] = answer
        points = _key_points(answer)
        if points:
            prompt["key_points"] = points
        new[pid] = prompt

    added: list[tuple[str, str]] = []
    updated: list[tuple[str, str]] = []
    unchanged: list[tuple[str, str]] = []
    removed: list[str] = []
    kept: list[str] = []
    merged: list[dict[str, Any]] = []
    for old in existing:
        pid = str(old.get("id", ""))
        if pid in new:
            fresh = new.pop(pid)
            # title, text, answer and key points come from the notes; what the user added to
            # the file by hand (hints, follow-ups, tags, difficulty...) stays
            combined = {k: v for k, v in old.items() if k not in _FROM_NOTES}
            combined.update({k: v for k, v in fresh.items() if k in _FROM_NOTES or k not in old})
            (unchanged if combined == old else updated).append((pid, str(combined["title"])))
            merged.append(combined)
        elif pid.startswith(prefix + "-"):
            removed.append(pid)  # imported from these notes before, no longer in them
        else:
            kept.append(pid)
            merged.append(old)
    for pid, prompt in new.items():
        added.append((pid, str(prompt["title"])))
        merged.append(prompt)

    content = rewrite_prompts(current, merged)
    problems = parse_file(out, content).problems
    if problems:  # pragma: no cover - the rendering above is meant to make this impossible
        raise NotesImportError(f"the generated file would not be valid: {problems[0]}")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(out, content.encode("utf-8"))
    except OSError as exc:
        raise NotesImportError(f"cannot write {out}: {exc.strerror or exc}") from None
    skipped.sort(key=lambda s: s.line)
    return ImportResult(
        out,
        round_.id,
        tuple(added),
        tuple(updated),
        tuple(unchanged),
        tuple(removed),
        tuple(kept),
        tuple(skipped),
    )


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:  # pragma: no cover
        return path


def _existing(out: Path, notes: Path, round_id: str) -> tuple[str, list[dict[str, Any]]]:
    """The text of `out` to update (a new file's start if there is none) and its prompts."""
    if not out.exists():
        return _new_file(notes, round_id), []
    try:
        text = out.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise NotesImportError(
            f"{out} exists and is not a bank file it can update ({exc}); choose another --out"
        ) from None
    if "round" in data and not isinstance(data["round"], str):
        raise NotesImportError(f"{out} defines a round type; import into a file of its own (--out)")
    if data.get("round", round_id) != round_id:
        raise NotesImportError(
            f"{out} holds prompts of round {data['round']!r}, not {round_id!r}; "
            "choose another --out"
        )
    prompts = data.get("prompts", [])
    if not isinstance(prompts, list) or not all(isinstance(p, dict) for p in prompts):
        raise NotesImportError(f"{out}: prompts is not an array of tables; choose another --out")
    if "round" not in data:  # an empty file, say: it gets the start a new one has
        text = _new_file(notes, round_id) + text
    return text, [dict(p) for p in prompts]


_FROM_NOTES = ("id", "title", "text", "answer", "key_points")


def _new_file(notes: Path, round_id: str) -> str:
    header = (
        f"# Imported from {notes.name} by `mockterm bank import`. Importing it again updates\n"
        "# these prompts (matched by id): title, text, answer and key_points come from the\n"
        "# notes; hints, follow_ups, tags and difficulty you add here stay.\n\n"
    )
    return header + tomlkit.dumps({"round": round_id})
