"""Notes into a user bank file (`mockterm bank import NOTES`): one file, or a folder (an Obsidian
vault, a docs folder) in which each file becomes a tag.

Every question becomes a prompt of the round asked for, or of a practice round of its own
("My notes"), defined in the same file. Ids are the notes file's slug plus the question's (or
the `^block-id` its author gave it), so importing again updates the same prompts: title, text,
answer, key points and where the question is in the notes come from the notes, while what the
user added to the file (hints, follow-ups, tags, difficulty, comments) stays. A question whose
words changed keeps its id (and its spaced-repetition history). A file mockterm did not write
is never written over.
"""

from __future__ import annotations

import difflib
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomlkit

from mockterm.core.bank.model import Bank, Round, RubricItem
from mockterm.core.bank.notes.cards import bare
from mockterm.core.bank.notes.find import parse_notes
from mockterm.core.bank.notes.found import ParsedNotes, Skipped
from mockterm.core.bank.notes.prompts import (
    name_of,
    notes_files,
    prompt_id,
    prompt_table,
    round_id_for,
    slugify,
)
from mockterm.core.bank.prompts_file import rewrite_prompts
from mockterm.core.files import ForeignFile, atomic_write, check_ours
from mockterm.core.paths import resolved
from mockterm.core.text import without_escapes

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

MARK = "by `mockterm bank import`"
"""Near the top of every file an import writes: only such a file is ever written over."""
DEFAULT_ROUND = "My notes"
_FROM_NOTES = ("id", "title", "text", "answer", "key_points", "note")
"""What a new import sets again; every other key the user may have changed stays as it is."""
_REWORDED = 0.85
"""How alike a question gone and a question new in one notes file must be to be one question
whose words changed (difflib's ratio of their titles)."""


class NotesImportError(Exception):
    """The import cannot go on (an output file of another round, a file not mockterm's...)."""


@dataclass(frozen=True)
class FileSkipped:
    """A line of one notes file that looked like a question and was not imported."""

    path: Path
    skipped: Skipped

    def __str__(self) -> str:
        return f"{self.path}:{self.skipped}"


@dataclass(frozen=True)
class ImportResult:
    """What an import did, to report."""

    out: Path
    round_id: str
    defines_round: bool
    """The output file defines the round (a practice round of the import's own)."""
    files: tuple[Path, ...]
    added: tuple[tuple[str, str], ...]  # (id, title)
    updated: tuple[tuple[str, str], ...]
    unchanged: tuple[tuple[str, str], ...]
    removed: tuple[str, ...]
    kept: tuple[str, ...]
    """Prompts of the output file that did not come from these notes (the user's own)."""
    skipped: tuple[FileSkipped, ...]
    reworded: tuple[str, ...] = ()
    """Ids of updated prompts whose question changed words (matched by likeness)."""
    tag: str = ""
    """The tag every imported prompt carries (the notes' name): `start ROUND --tag TAG`."""
    written: bool = True
    """False when there was nothing to write: no question found, and no file yet."""

    @property
    def imported(self) -> int:
        return len(self.added) + len(self.updated) + len(self.unchanged)


# --- the import ---------------------------------------------------------------------------------


def read_notes(source: Path) -> list[tuple[Path, ParsedNotes]]:
    """Every notes file of `source`, parsed; raises NotesImportError for one that cannot be read."""
    parsed = []
    vault = source if source.is_dir() else source.parent
    for path in notes_files(source):
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else "it is not UTF-8 text"
            raise NotesImportError(f"cannot read {path}: {reason or exc}") from None
        # notes pasted from a terminal: no escape sequence (nor what is left of one) gets in
        parsed.append((path, parse_notes(without_escapes(text), path.parent, vault)))
    return parsed


def import_notes(
    source: Path,
    round_: Round,
    out: Path,
    bank: Bank | None = None,
    *,
    define_round: bool = False,
) -> ImportResult:
    """Import the questions of `source` (a notes file or a folder of them) as prompts of
    `round_` into `out` (created or updated). With `define_round`, `out` also defines the round.

    `bank` (the loaded banks) is used to refuse ids that another file already uses.
    Raises NotesImportError with one line for anything that stops the import.
    """
    if round_.format == "levels":
        raise NotesImportError(
            f"{round_.id!r} is a levels round (each prompt needs its levels); import into a "
            "single or rapid_fire round"
        )
    notes = read_notes(source)
    if not notes:
        raise NotesImportError(f"{source} holds no Markdown notes (*.md)")
    current, existing = _existing(out, source, round_, define_round)
    tag = slugify(source.stem if source.is_file() else source.name) or "notes"
    skipped: list[FileSkipped] = []
    new: dict[str, dict[str, Any]] = {}
    where: dict[str, tuple[Path, int]] = {}
    elsewhere: set[str] = set()  # other bank files that already hold questions of these notes
    out_key = resolved(out)
    for path, parsed in notes:
        name = name_of(path, source)
        skipped += [FileSkipped(path, s) for s in parsed.skipped]
        for question in parsed.questions:
            if question.block_id:
                pid = f"{name}-{slugify(question.block_id)}"
                pid = f"{pid}-{question.key}" if question.key else pid
            else:
                pid = prompt_id(name, " ".join([*question.context, question.text]), question.key)
            reason = _refused(pid, where, bank, out_key, path)
            if reason and pid not in where and bank is not None:
                elsewhere.add(bank.prompts[pid].source)
            if reason:
                skipped.append(
                    FileSkipped(path, Skipped(question.line, bare(question.text), reason))
                )
                continue
            where[pid] = (path, question.line)
            tags = ["notes", tag, *([name] if name != tag else []), *question.tags]
            new[pid] = prompt_table(question, pid, tags, path)
    if elsewhere and not new and not out.exists():
        # an import of these notes into another round or file: one line, not a line per id
        raise NotesImportError(
            f"the questions of {source} are already imported into {', '.join(sorted(elsewhere))}"
            ": import again into that file (--out), or move it away to import them anew"
        )
    merged, report = _merge(existing, new, notes, source)
    content = rewrite_prompts(current, merged)
    from mockterm.core.bank.parse import parse_file

    problems = parse_file(out, content).problems
    if problems:  # pragma: no cover - the rendering above is meant to make this impossible
        raise NotesImportError(f"the generated file would not be valid: {problems[0]}")
    written = bool(merged) or out.exists()  # no questions, no file: `start` of it would fail
    try:
        if written:
            out.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(out, content.encode("utf-8"))
    except OSError as exc:
        raise NotesImportError(f"cannot write {out}: {exc.strerror or exc}") from None
    skipped.sort(key=lambda s: (str(s.path), s.skipped.line))
    return ImportResult(
        out,
        round_.id,
        define_round or _defines(current),
        tuple(p for p, _ in notes),
        skipped=tuple(skipped),
        tag=tag,
        written=written,
        **report,
    )


def _refused(
    pid: str, where: dict[str, tuple[Path, int]], bank: Bank | None, out: Path, path: Path
) -> str:
    """Why a question cannot take the id `pid` ("" when it can)."""
    if pid in where:
        first, line = where[pid]
        place = f"line {line}" if first == path else f"{first}:{line}"
        return f"same question as {place}"
    other = bank.prompts.get(pid) if bank is not None else None
    if other is not None and other.source and resolved(Path(other.source)) != out:
        return f"id {pid!r} is already used in {other.source}"
    return ""


def _merge(
    existing: list[dict[str, Any]],
    new: dict[str, dict[str, Any]],
    notes: Sequence[tuple[Path, ParsedNotes]],
    source: Path,
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The prompts the file holds after the import, and what changed, by kind."""
    gone = [p for p in existing if str(p.get("id", "")) not in new and _from(p, source, notes)]
    renamed = _reworded(gone, [p for pid, p in new.items() if pid not in _ids(existing)])
    for old_id, new_id in renamed.items():
        new[old_id] = {**new.pop(new_id), "id": old_id}
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
            combined = {k: v for k, v in old.items() if k not in _FROM_NOTES}
            marked = fresh["difficulty"] != "medium"  # the notes say how hard: that wins
            combined.update(
                {
                    k: v
                    for k, v in fresh.items()
                    if k in _FROM_NOTES or k not in old or (marked and k == "difficulty")
                }
            )
            # a question only moved in its file (lines added above it) is not news
            moved = {**old, "note": combined.get("note")} == combined
            (unchanged if moved else updated).append((pid, str(combined["title"])))
            merged.append(combined)
        elif old in gone:
            removed.append(pid)
        else:
            kept.append(pid)
            merged.append(old)
    for pid, prompt in new.items():
        added.append((pid, str(prompt["title"])))
        merged.append(prompt)
    report = {
        "added": tuple(added),
        "updated": tuple(updated),
        "unchanged": tuple(unchanged),
        "removed": tuple(removed),
        "kept": tuple(kept),
        "reworded": tuple(renamed),
    }
    return merged, report


def _ids(prompts: Iterable[dict[str, Any]]) -> set[str]:
    return {str(p.get("id", "")) for p in prompts}


def _from(prompt: dict[str, Any], source: Path, notes: Sequence[tuple[Path, ParsedNotes]]) -> bool:
    """Whether an old prompt came from these notes (its note is in them), so it goes with them."""
    note = str(prompt.get("note", ""))
    path = Path(note.rsplit(":", 1)[0]) if ":" in note else None
    if path is None:
        return False
    root = resolved(source)
    return path == root or path.is_relative_to(root) or any(path == resolved(p) for p, _ in notes)


def _reworded(gone: Sequence[dict[str, Any]], fresh: Sequence[dict[str, Any]]) -> dict[str, str]:
    """Old id -> new id for questions of one notes file whose words changed."""
    pairs = []
    for old in gone:
        for new in fresh:
            if _file_of(old) != _file_of(new):
                continue
            ratio = difflib.SequenceMatcher(None, str(old["title"]), str(new["title"])).ratio()
            if _words_added(str(old["title"]), str(new["title"])):
                ratio = max(ratio, _REWORDED)  # "What is X?" -> "What exactly is X?"
            same_answer = bool(old.get("answer")) and old.get("answer") == new.get("answer")
            if ratio >= _REWORDED or same_answer:
                pairs.append(
                    (max(ratio, 1.0 if same_answer else 0.0), str(old["id"]), str(new["id"]))
                )
    matched: dict[str, str] = {}
    for _, old_id, new_id in sorted(pairs, reverse=True):
        if old_id not in matched and new_id not in matched.values():
            matched[old_id] = new_id
    return matched


def _words_added(old: str, new: str) -> bool:
    """One title is the other with a word or two put in or taken out, in the same order."""
    short, long = sorted((old.lower().split(), new.lower().split()), key=len)
    if len(short) < 3 or not 0 < len(long) - len(short) <= 2:
        return False
    words = iter(long)
    return all(word in words for word in short)  # a subsequence: the rest kept in order


def _file_of(prompt: dict[str, Any]) -> str:
    return str(prompt.get("note", "")).rsplit(":", 1)[0]


# --- the output file ----------------------------------------------------------------------------


def _defines(text: str) -> bool:
    try:
        return isinstance(tomllib.loads(text).get("round"), dict)
    except tomllib.TOMLDecodeError:
        return False


def _existing(
    out: Path, source: Path, round_: Round, define_round: bool
) -> tuple[str, list[dict[str, Any]]]:
    """The text of `out` to update (a new file's start if there is none) and its prompts."""
    try:
        check_ours(out, MARK)
    except ForeignFile as exc:
        raise NotesImportError(str(exc)) from None
    if not out.exists():
        return _new_file(source, round_, define_round), []
    try:
        text = out.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise NotesImportError(
            f"{out} exists and is not a bank file it can update ({exc}); choose another --out"
        ) from None
    found = data.get("round")
    found_id = found.get("id") if isinstance(found, dict) else found
    if found is not None and found_id != round_.id:
        raise NotesImportError(
            f"{out} holds prompts of round {found_id!r}, not {round_.id!r}; choose another --out"
        )
    prompts = data.get("prompts", [])
    if not isinstance(prompts, list) or not all(isinstance(p, dict) for p in prompts):
        raise NotesImportError(f"{out}: prompts is not an array of tables; choose another --out")
    if found is None:  # an empty file, say: it gets the start a new one has
        text = _new_file(source, round_, define_round) + text
    return text, [dict(p) for p in prompts]


def _new_file(source: Path, round_: Round, define_round: bool) -> str:
    header = (
        f"# Imported from {source.name} {MARK}. Importing it again updates\n"
        "# these prompts (matched by id): title, text, answer, key_points and note come from\n"
        "# the notes; hints, follow_ups, tags and difficulty you add here stay.\n\n"
    )
    if not define_round:
        return header + tomlkit.dumps({"round": round_.id})
    table = {
        "id": round_.id,
        "title": round_.title,
        "description": round_.description,
        "format": round_.format,
        "questions": round_.questions,
        "seconds_per_question": round_.seconds_per_question,
        "guidance": round_.guidance,
    }
    rubric = tomlkit.aot()
    for item in round_.rubric:
        rubric.append(tomlkit.table().add("name", item.name).add("good", item.good))
    document = tomlkit.document()
    document["round"] = {**table, "rubric": rubric}
    return header + document.as_string()


def own_round(name: str, source: Path) -> Round:
    """The practice round an import makes for itself: rapid fire over exactly those notes."""
    return Round(
        id=round_id_for(name),
        title=name,
        description=(
            f"Questions from your notes ({source.name}): each one a card of its own, scheduled "
            "by spaced repetition. Imported by `mockterm bank import`; import again to update."
        ),
        format="rapid_fire",
        questions=5,
        seconds_per_question=90,
        guidance=(
            "Answer out loud as you would in an interview, then reveal what your notes say and "
            "grade your recall honestly: 1 again, 2 hard, 3 good, 4 easy. A question with no "
            "answer in the notes is graded against what you know: open the note (o) to check."
        ),
        rubric=(
            RubricItem("Recall", "Says the answer without searching for it."),
            RubricItem("Correctness", "Every claim right, the conditions where it holds named."),
            RubricItem("Clarity", "The answer first, then the why, in a few sentences."),
        ),
    )
