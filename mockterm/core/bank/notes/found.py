"""What finding questions in notes makes, and the collector that keeps it while the finder walks
the blocks: the questions found with their answers, the lines skipped and why, the question
whose answer is still being collected, and the headings above."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from mockterm.core.bank.notes import cards
from mockterm.core.bank.notes.markdown import NotesDocument

# a pronoun with nothing to point to in the question itself ("this" only at the end: "this plot"
# names its subject)
_REFERS_BACK = re.compile(r"\b(it|its|they|them|their)\b|\b(this|these|those)\s*\?", re.I)


@dataclass(frozen=True)
class Question:
    """A question found in the notes."""

    line: int
    """1-based, where the question is written."""
    text: str
    """The question as the notes write it (Markdown), its markers (difficulty, tags) removed."""
    answer: str = ""
    """What the notes say under it (Markdown), "" when nothing."""
    difficulty: str = ""
    """easy, medium or hard when the notes mark it; "" when they do not."""
    context: tuple[str, ...] = ()
    """What it is part of (a parent item, a parent question), outermost first."""
    section: tuple[str, ...] = ()
    """The headings above it."""
    images: tuple[str, ...] = ()
    """Images it shows (paths resolved to the notes' folder, or URLs)."""
    tags: tuple[str, ...] = ()
    block_id: str = ""
    """An Obsidian `^block-id` after it: an id its author chose, kept when the words change."""
    kind: str = "item"
    """heading, item, paragraph, card, cloze, callout or table."""
    key: str = ""
    """Tells apart the cards one line makes (a cloze's c1/c2, a card's reverse side)."""


@dataclass(frozen=True)
class Skipped:
    """A line that looked like a question and was not imported, and why."""

    line: int
    text: str
    reason: str

    def __str__(self) -> str:
        text = self.text if len(self.text) <= 60 else self.text[:59].rsplit(" ", 1)[0] + "…"
        return f"line {self.line}: {text!r}: {self.reason}"


@dataclass(frozen=True)
class ParsedNotes:
    questions: tuple[Question, ...]
    skipped: tuple[Skipped, ...]


@dataclass
class Open:
    """A question whose answer is still being collected."""

    question: Question
    ranges: list[tuple[int, int]] = field(default_factory=list)
    exclude: list[tuple[int, int]] = field(default_factory=list)
    level: int = 0
    """A heading question's level: its answer runs to the next heading as high."""
    end: int = 0
    """Where the last block of its answer ends (a multi-line card runs while blocks touch)."""
    quoted: bool = False
    awaiting: bool = False
    """A `Q:` with no `A:` yet: only a paragraph that starts `A:` answers it."""


@dataclass
class Heading:
    level: int
    line: int
    text: str
    question: bool
    difficulty: str = ""
    topic: bool = True
    """Names what the notes under it are about (not "Questions", not "Hard")."""
    prose: bool = False
    asked: bool = False


@dataclass(frozen=True)
class Context:
    parents: tuple[str, ...] = ()
    difficulty: str = ""
    quoted: bool = False


class Collector:
    """What has been found so far; the finder (find.py) adds to it block by block."""

    def __init__(self, doc: NotesDocument) -> None:
        self.doc = doc
        self.found: list[Question] = []
        self.skipped: list[Skipped] = []
        self.headings: list[Heading] = []
        self.section: int | None = None
        self.open: Open | None = None

    # --- making questions -----------------------------------------------------------------------

    def question(self, line: int, raw: str, ctx: Context, kind: str, **extra: object) -> Question:
        """A question from raw notes text at 0-based `line` (its marks read and removed)."""
        found = cards.marks(raw, numbered=kind == "heading")
        text = self.doc.readable(cards.clean(found.text), line)
        parents = ctx.parents
        topic = self.headings[-1] if self.headings and self.headings[-1].topic else None
        if not parents and topic is not None and refers_back(text):
            parents = (topic.text,)  # "How to prevent them?" under "Dead neurons"
        for heading in self.headings:
            heading.asked = True
        difficulty = found.difficulty or ctx.difficulty
        difficulty = difficulty or next(
            (h.difficulty for h in reversed(self.headings) if h.difficulty), ""
        )
        return Question(
            line + 1,
            text,
            difficulty=difficulty,
            context=parents,
            section=tuple(h.text for h in self.headings),
            images=tuple(self.doc.images_at(line)),
            tags=found.tags,
            block_id=found.block_id,
            kind=kind,
            **extra,  # type: ignore[arg-type]
        )

    def emit(
        self,
        question: Question,
        ranges: Sequence[tuple[int, int]] = (),
        exclude: Sequence[tuple[int, int]] = (),
        *,
        quoted: bool = False,
        answer: str | None = None,
    ) -> None:
        """Keep `question` with its answer: `answer`, or the notes' lines in `ranges` but not in
        `exclude` (a quote's marks taken off when `quoted`; a leading `A:` dropped)."""
        images: tuple[str, ...] = ()
        if answer is None:
            rendered = self.doc.render(ranges, exclude)
            answer, images = rendered.text, rendered.images
            answer = unquote(answer) if quoted else answer
            lines = answer.split("\n")
            marked = cards.a_line(lines[0])
            if marked is not None:
                answer = "\n".join([marked, *lines[1:]]).strip()
        images = tuple(dict.fromkeys((*question.images, *images)))
        if not cards.bare(question.text).strip(" ?？"):
            self.skipped.append(Skipped(question.line, question.text or "?", "empty question"))
            return
        self.found.append(replace(question, answer=answer, images=images))

    def start(self, opened: Open) -> None:
        self.close()
        self.open = opened

    def close(self) -> None:
        if self.open is not None:
            opened, self.open = self.open, None
            self.emit(opened.question, opened.ranges, opened.exclude, quoted=opened.quoted)

    def skip(self, line: int, text: str, reason: str) -> None:
        self.skipped.append(Skipped(line + 1, cards.bare(text), reason))

    # --- headings ---------------------------------------------------------------------------------

    def close_headings(self, level: int) -> None:
        """Leave the headings at `level` or deeper; a topic with notes and no question is said."""
        while self.headings and self.headings[-1].level >= level:
            heading = self.headings.pop()
            if heading.prose and not heading.asked and not heading.question:
                self.skip(
                    heading.line,
                    heading.text,
                    "a heading without '?' over notes with no question in them: end it with "
                    "'?' (or put it under a 'Questions' heading) to practise it",
                )
        if self.section is not None and level <= self.section:
            self.section = None


def refers_back(text: str) -> bool:
    """A short question that names its subject only by a pronoun ("How to prevent them?"), not
    one that names it before ("Explain `torch.no_grad()` and when to use it", "Why does Adam
    need it?": code or a name before the pronoun)."""
    words = cards.bare(text)
    found = _REFERS_BACK.search(words)
    if found is None or words.count("?") > 1 or len(words.split()) > 10:
        return False
    before = text[: text.find(found.group(0))] if found.group(0) in text else ""
    named = [w for w in before.split()[1:] if w[:1].isupper() or w[:1].isdigit()]
    return "`" not in before and not named


def unquote(text: str) -> str:
    lines = [re.sub(r"^ {0,3}> ?", "", line) for line in text.split("\n")]
    return "\n".join(lines).strip()
