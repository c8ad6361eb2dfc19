"""The bank schema as data: each table's fields and the kind of value each takes, plus the few
rules that depend on a round's format. A new field is one line here; `checker.py` applies them."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from mockterm.core.bank.model import (
    DIFFICULTIES,
    FORMATS,
    ChainStep,
    Phase,
    Prompt,
    Round,
    RubricItem,
)

MAX_MINUTES = 24 * 60  # a duration past a day is almost always one written in seconds


class Kind(Enum):
    TEXT = "text"  # a string; when required, also not blank
    SLUG = "slug"  # required text usable as an id: lowercase letters, digits, '_' and '-'
    TEXTS = "texts"  # a list of strings
    POSITIVE = "positive"  # a number above zero and at most MAX_MINUTES
    WHOLE = "whole"  # an integer from Field.low to Field.high
    CHOICE = "choice"  # one of Field.choices
    TABLES = "tables"  # an array of tables, each checked against Field.table


@dataclass(frozen=True)
class Field:
    """One key of a table and what its value must be."""

    name: str
    kind: Kind = Kind.TEXT
    required: bool = False
    """Missing is a problem; for text, so is blank."""
    choices: tuple[str, ...] = ()
    default: str = ""
    """CHOICE: the value when the key is absent."""
    low: int = 0
    high: int = 0
    unique: bool = False
    """TABLES items: no two entries of one array may share this field's value."""
    table: Table | None = None
    """TABLES: the rules for each entry."""


@dataclass(frozen=True)
class Table:
    """The fields of one kind of table, in the order they are documented and checked."""

    header: str
    """Its name in a `[header]`; an entry's header is its owner's plus the key: round.phases."""
    fields: tuple[Field, ...]
    noun: str = ""
    """What one entry is called ("phase"), in "needs at least one phase"."""
    hint: str = ""
    """Said after [[header]] when the value is not an array of tables."""
    named_by: str = ""
    """A field checked first whose value then names the entry in every later problem."""
    build: Callable[..., Any] | None = None
    """Turns an entry's checked values into its model object."""

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


PHASE = Table(
    "phases",
    (
        Field("name", required=True),
        Field("minutes", Kind.POSITIVE, required=True),
        Field("guidance"),
    ),
    noun="phase",
    hint=" with name and minutes",
    build=Phase,
)

CHAIN = Table(
    "chain",
    (Field("ask", required=True), Field("answer")),
    noun="follow-up",
    hint=" with ask and answer",
    build=ChainStep,
)

RUBRIC = Table(
    "rubric",
    (Field("name", required=True, unique=True), Field("good")),
    noun="rubric dimension",
    hint=" with name and good",
    build=RubricItem,
)

ROUND = Table(
    "round",
    (
        Field("id", Kind.SLUG, required=True),
        Field("title", required=True),
        Field("description"),
        Field("minutes", Kind.POSITIVE),
        Field("format", Kind.CHOICE, choices=FORMATS, default="single"),
        Field("guidance"),
        Field("phases", Kind.TABLES, table=PHASE),
        Field("rubric", Kind.TABLES, table=RUBRIC),
        Field("questions", Kind.WHOLE, low=1, high=100),
        Field("seconds_per_question", Kind.POSITIVE),
    ),
)

PROMPT = Table(
    "prompts",
    (
        Field("id", Kind.SLUG, required=True),
        Field("title", required=True),
        Field("difficulty", Kind.CHOICE, choices=DIFFICULTIES, default="medium"),
        Field("tags", Kind.TEXTS),
        Field("text", required=True),
        Field("follow_ups", Kind.TEXTS),
        Field("hints", Kind.TEXTS),
        Field("key_points", Kind.TEXTS),
        Field("answer"),
        Field("note"),
        Field("levels", Kind.TEXTS),
        Field("phases", Kind.TABLES, table=PHASE),
        Field("chain", Kind.TABLES, table=CHAIN),
    ),
    named_by="id",
)

# the top level: a [round] table or a round id string, and [[prompts]]; parse.py reads them
# itself, because each prompt is kept or skipped on its own and needs the round to be checked
TOP_KEYS = ("round", "prompts")

# --- rules that depend on the round's format ------------------------------------------------------

_TIMING = {
    # format: (fields it needs, fields it has no use for, what to say about the latter)
    "rapid_fire": (
        ("questions", "seconds_per_question"),
        ("minutes", "phases"),
        "not used by rapid_fire rounds: set questions and seconds_per_question",
    ),
    "topics": (
        ("minutes", "questions"),
        ("seconds_per_question", "phases"),
        "not used by topics rounds: set minutes and questions (the topics of a mock), "
        "each topic is a phase",
    ),
}
_TIMED = (("minutes", "phases"), ("questions", "seconds_per_question"), "")


def round_fields(fmt: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The round fields a format needs, and the ones it has no use for."""
    needed, unused, _ = _TIMING.get(fmt, _TIMED)
    return needed, unused


def round_problems(
    fmt: str, data: Mapping[str, Any], values: Mapping[str, Any]
) -> list[tuple[str, str]]:
    """Fields set that the format does not use, and phases that do not add up to the minutes."""
    _, unused, message = _TIMING.get(fmt, _TIMED)
    problems = []
    for key in unused:
        if key in data:
            used_by = [f for f, (needed, _, _) in _TIMING.items() if key in needed]
            problems.append((key, message or f"only used by {' and '.join(used_by)} rounds"))
    minutes, phases = values["minutes"], values["phases"]
    total = sum(p.minutes for p in phases)
    if phases and minutes and not math.isclose(total, minutes, abs_tol=1e-6):
        problems.append(("minutes", f"is {minutes:g} but the phases add up to {total:g}"))
    return problems


def format_problems(round_: Round, prompt: Prompt, has_phases: bool) -> list[tuple[str, str]]:
    """What a prompt lacks, or has too much of, for its round's format."""
    problems = []
    fmt, levels = round_.format, prompt.levels
    if fmt == "levels":
        count = len(prompt.phases or round_.phases)
        if not levels:
            problems.append(("levels", 'a levels round needs levels = ["Level 1 ...", ...]'))
        elif len(levels) > count:
            problems.append(
                ("levels", f"has {len(levels)} levels but the round has only {count} phases")
            )
    elif levels:
        problems.append(("levels", f"only used in levels rounds; {round_.id!r} is {fmt}"))
    # a question from the user's notes may have no answer: the user grades their recall
    if fmt == "rapid_fire" and not prompt.answer.strip() and not prompt.note.strip():
        problems.append(("answer", "rapid_fire questions need an answer, shown after the timer"))
    if fmt == "topics" and not prompt.chain:
        problems.append(
            ("chain", "a topics round needs a chain of follow-ups: [[prompts.chain]] with ask")
        )
    elif fmt != "topics" and prompt.chain:
        problems.append(("chain", f"only used in topics rounds; {round_.id!r} is {fmt}"))
    if round_.asks_several and has_phases:
        problems.append(("phases", f"{fmt} prompts cannot override phases"))
    return problems
