"""How one line of notes says it is a question: a `?`, an imperative verb, a difficulty marker,
tags and a block id around it, and the flash-card syntaxes note-taking users already write
(`Question::Answer`, `Q:`/`A:`, a line holding `?`, cloze `==text==` and `{{c1::text}}`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

DIFFICULTY_WORDS = {
    "e": "easy",
    "easy": "easy",
    "m": "medium",
    "med": "medium",
    "medium": "medium",
    "h": "hard",
    "hard": "hard",
}
_MARKER = r"(?:\[(?P<b>e|m|h|easy|med|medium|hard)\]|\((?P<p>easy|medium|hard)\))"
_LEADING_MARKER = re.compile(rf"^\s*{_MARKER}\s*", re.I)
_TRAILING_MARKER = re.compile(rf"\s*{_MARKER}\s*$", re.I)
_HASHTAG = re.compile(r"(?<![\w&#/])#([A-Za-z][\w/-]*)")
_BLOCK_ID = re.compile(r"\s+\^([A-Za-z0-9-]+)\s*$")
_TASK = re.compile(r"^\s*\[([ xX])\]\s+")
_NUMBER = re.compile(r"^\s*(?:(?:Q|Question)\s*)?\d+(?:\.\d+)*[.):]?\s+(?=\S)", re.I)
_TRAILING_EMPHASIS = re.compile(r"[\s*_]+$")


def _words(text: str) -> set[str]:
    return set(text.split())


# Verbs that start a question when they start a line. Those that are also common nouns
# ("Design patterns", "List comprehensions") count only before a word that begins what they ask for.
_VERBS = _words(
    "explain derive implement compare contrast describe prove give define calculate compute "
    "discuss justify summarize summarise show identify suggest propose tell analyze analyse "
    "illustrate demonstrate solve evaluate interpret differentiate distinguish predict "
    "recommend walk"
)
_NOUN_VERBS = _words(
    "design list draw state name sketch code build plot outline estimate find write"
)
_OBJECT_STARTS = _words(
    "the a an this that these those your you its their his her our some any all each every both "
    "one two three four five six seven eight ten several few how why what when where which who "
    "whether if me us it them code pseudocode python numpy pytorch sql down out"
)


@dataclass(frozen=True)
class Marks:
    """A line of notes with what surrounds its words taken off."""

    text: str
    difficulty: str = ""
    tags: tuple[str, ...] = ()
    block_id: str = ""
    task: bool = False
    """A to-do checkbox (`- [ ] ...`)."""


def marks(text: str, *, numbered: bool = False) -> Marks:
    """`[H] 3.2 Why ...? #optim ^q12` -> the words, difficulty hard, tag optim, id q12.
    `numbered`: a heading's own number ("8.1.2 Questions") goes too."""
    task = _TASK.match(text)
    if task:
        text = text[task.end() :]
    block_id = ""
    found = _BLOCK_ID.search(text)
    if found:
        block_id, text = found.group(1).lower(), text[: found.start()]
    difficulty = ""
    tags: list[str] = []
    for tag in _HASHTAG.findall(text):
        word = tag.lower()
        if word in ("easy", "medium", "hard"):
            difficulty = word
        elif word not in tags:
            tags.append(word)
    # difficulty tags go wherever they are; other tags only at the end (mid-line they are words)
    text = _HASHTAG.sub(
        lambda m: "" if m.group(1).lower() in DIFFICULTY_WORDS else m.group(0), text
    )
    while True:
        trailing = re.search(r"\s*(?<![\w&#/])#[A-Za-z][\w/-]*\s*$", text)
        if not trailing:
            break
        text = text[: trailing.start()]
    tags = [t for t in tags if f"#{t}" not in text.lower()]
    for pattern in (_LEADING_MARKER, _TRAILING_MARKER):
        found = pattern.search(text)
        if found:
            word = (found.group("b") or found.group("p")).lower()
            difficulty = difficulty or DIFFICULTY_WORDS[word]
            text = text[: found.start()] + " " + text[found.end() :]
    if numbered:
        text = _NUMBER.sub("", text)
        text = _LEADING_MARKER.sub("", text) if not difficulty else text
    text = " ".join(text.split())
    return Marks(text, difficulty, tuple(tags), block_id, bool(task))


def clean(text: str) -> str:
    """Question text without the emphasis and spaces that trail it (`**Why?**` -> `**Why?`)."""
    return _TRAILING_EMPHASIS.sub("", text.strip())


def bare(text: str) -> str:
    """Text without Markdown emphasis, code marks and link targets: what a title shows."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)  # an image says nothing in a title
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__|\*|(?<!\w)_|_(?!\w)|`|~~)", "", text)
    return " ".join(text.split())


def asks(text: str) -> bool:
    """Ends in a question mark (after emphasis)."""
    return bare(clean(text)).rstrip().endswith(("?", "？"))


def imperative(text: str) -> bool:
    """Starts with a verb that asks for an answer: "Derive ...", "List the ..."."""
    words = re.findall(r"[A-Za-z][\w'-]*", bare(text))
    if len(words) < 2:
        return False
    first, second = words[0].lower(), words[1].lower()
    if not words[0][0].isupper():
        return False
    if first in _VERBS:
        return True
    return first in _NOUN_VERBS and (second in _OBJECT_STARTS or second.isdigit())


def difficulty_of(text: str) -> str:
    """A heading such as "Hard questions" or "[M]": the difficulty of what is under it."""
    words = bare(text).lower().strip(" :[]()#").split()
    if words and words[0] in ("easy", "medium", "hard") and len(words) <= 2:
        return words[0]
    return ""


# --- flash cards in a paragraph -------------------------------------------------------------

_Q_LINE = re.compile(
    r"^\s*(?:\*\*|__)?(?:Q|Question)\s*\d*\s*[:.](?:\*\*|__)?\s*(?P<text>.*)$", re.I
)
_A_LINE = re.compile(r"^\s*(?:\*\*|__)?(?:A|Answer)\s*\d*\s*[:.](?:\*\*|__)?\s*(?P<text>.*)$", re.I)
_BOLD = re.compile(r"^\s*(\*\*|__)(?P<text>.+?)\1\s*$")
_CODE_SPAN = re.compile(r"(`+).*?\1")
_CLOZE = re.compile(
    r"\{\{c(?P<n>\d+)::(?P<text>.+?)(?:::(?P<hint>[^}]*))?\}\}|==(?=\S)(?P<hl>.+?)(?<=\S)=="
)
_SEPARATOR = re.compile(r":{2,3}")


def q_line(line: str) -> str | None:
    """The question of a `Q: ...` line; None when the line is not one."""
    found = _Q_LINE.match(line)
    return found.group("text") if found else None


def a_line(line: str) -> str | None:
    """The answer of an `A: ...` line; None when the line is not one."""
    found = _A_LINE.match(line)
    return found.group("text") if found else None


def bold_question(line: str) -> str | None:
    """`**What is X?**` on a line of its own: the question."""
    found = _BOLD.match(line)
    return found.group("text") if found and asks(found.group("text")) else None


def inline_card(line: str) -> tuple[str, str, bool] | None:
    """`Question::Answer` (or `:::`, both ways): the sides and whether it goes both ways; None
    for `std::vector`, a `::` in code, an Anki cloze, or a side left empty."""
    masked = _CODE_SPAN.sub(lambda m: "\0" * len(m.group(0)), line)
    masked = re.sub(r"\{\{c\d+::.*?\}\}", lambda m: "\0" * len(m.group(0)), masked)
    found = _SEPARATOR.search(masked)
    if found is None:
        return None
    left, right = line[: found.start()].strip(), line[found.end() :].strip()
    if not left or not right:
        return None
    if " " not in line.strip():
        return None  # Class::method, std::vector<int>: code, not a card
    return left, right, len(found.group(0)) == 3


@dataclass(frozen=True)
class Cloze:
    """One card of a cloze: the line with its gaps, and the line with them filled in bold."""

    key: str
    question: str
    answer: str


def clozes(line: str) -> list[Cloze]:
    """The cards of a line with cloze deletions: one per Anki number, one per highlight."""
    masked = _CODE_SPAN.sub(lambda m: "\0" * len(m.group(0)), line)
    found = [m for m in _CLOZE.finditer(masked)]
    if not found:
        return []
    groups: dict[str, list[re.Match[str]]] = {}
    for index, match in enumerate(found, 1):
        key = f"c{match.group('n')}" if match.group("n") else f"h{index}"
        groups.setdefault(key, []).append(match)
    cards = []
    for key, matches in groups.items():
        question, answer, last = [], [], 0
        for match in found:
            words = (
                line[match.start("text") : match.end("text")]
                if match.group("n")
                else line[match.start("hl") : match.end("hl")]
            )
            question.append(line[last : match.start()])
            answer.append(line[last : match.start()])
            if match in matches:
                hint = match.group("hint") if match.group("n") else None
                question.append(f"[{hint}]" if hint else "[…]")
                answer.append(f"**{words}**")
            else:
                question.append(words)
                answer.append(words)
            last = match.end()
        question.append(line[last:])
        answer.append(line[last:])
        cards.append(Cloze(key, "".join(question).strip(), "".join(answer).strip()))
    return cards
