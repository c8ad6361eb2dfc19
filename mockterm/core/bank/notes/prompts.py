"""A question from the notes as a bank prompt: the files a source holds, ids, title, text and key
points."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mockterm.core.bank.model import ID_MAX
from mockterm.core.bank.notes.cards import bare
from mockterm.core.bank.notes.found import Question
from mockterm.core.paths import resolved

TITLE_MAX = 80
SLUG_MAX = 48
NOTES_SUFFIXES = (".md", ".markdown")


# --- names --------------------------------------------------------------------------------------


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def prompt_id(prefix: str, question: str, key: str = "") -> str:
    """A stable id: the prefix plus the question's slug (long ones cut, plus a hash)."""
    slug = slugify(bare(question)) or "question"
    if len(slug) > SLUG_MAX:
        digest = hashlib.sha1(" ".join(question.lower().split()).encode()).hexdigest()[:6]
        slug = slug[:SLUG_MAX].rsplit("-", 1)[0] + "-" + digest
    # a notes file deep in a folder has a long prefix: it is cut so the id stays one a bank
    # accepts (ID_MAX), the question's own slug kept whole
    room = ID_MAX - len(slug) - len(key) - 2
    prefix = prefix[:room].rstrip("-_")
    return "-".join(part for part in (prefix, slug, key) if part)


def round_id_for(name: str) -> str:
    return slugify(name) or "my-notes"


def default_out(source: Path, folder: Path) -> Path:
    """The bank file an import of `source` goes to in the user's bank `folder`."""
    name = source.stem if source.is_file() else source.name
    return folder / f"{slugify(name) or 'notes'}.toml"


def notes_files(source: Path) -> list[Path]:
    """`source` itself, or the Markdown files under it (hidden folders such as .obsidian and
    .git left out), in a stable order."""
    if source.is_file():
        return [source]
    found = []
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.suffix.lower() in NOTES_SUFFIXES and path.is_file():
            found.append(path)
    return found


def name_of(path: Path, source: Path) -> str:
    """A notes file's tag and id prefix: its path in the folder, as a slug."""
    relative = path.relative_to(source) if source.is_dir() else Path(path.name)
    return slugify(str(relative.with_suffix(""))) or "notes"


# --- prompts ------------------------------------------------------------------------------------


def _short(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def title_of(question: Question) -> str:
    """`Dead neurons → How to prevent them?`: the parents shortened, the question whole."""
    asked = re.sub(r"\s+([,.;:?!])", r"\1", bare(question.text))  # "Given this image , is it"
    parents = [bare(p).rstrip(" :.;,") for p in question.context]
    # the parents give up room first: the question is what the title is for
    room = (TITLE_MAX - len(asked)) // max(1, len(parents)) - 3
    parts = [_short(p, max(12, min(40, room))) for p in parents]
    return _short(" → ".join([*parts, asked]), TITLE_MAX)


def text_of(question: Question) -> str:
    """The prompt: the question after its parents, and a word about the images it shows."""
    text = " → ".join([*(p.rstrip(" :.;,") for p in question.context), question.text])
    shown = [i for i in question.images if i in question.text]
    if shown:
        names = ", ".join(f"`{i}`" for i in shown)
        text += f"\n\n*It has an image in your notes:* {names}"
    return text


def key_points(answer: str) -> list[str]:
    """Bold phrases in the answer (what the notes' author marked as essential), at most six."""
    found: list[str] = []
    for match in re.finditer(r"(\*\*|__)(.+?)\1", answer):
        phrase = bare(match.group(2)).strip(" :.,")
        if phrase and phrase.lower() not in (f.lower() for f in found):
            found.append(phrase)
    return found[:6]


def prompt_table(question: Question, pid: str, tags: Sequence[str], path: Path) -> dict[str, Any]:
    prompt: dict[str, Any] = {
        "id": pid,
        "title": title_of(question),
        "difficulty": question.difficulty or "medium",
        "tags": list(dict.fromkeys(tags)),
        "text": text_of(question),
    }
    if question.answer:
        prompt["answer"] = question.answer
    points = key_points(question.answer)
    if points:
        prompt["key_points"] = points
    prompt["note"] = f"{resolved(path)}:{question.line}"
    return prompt
