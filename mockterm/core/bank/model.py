"""The question bank's plain data: round types, prompts, phases, and the problems a load finds.

Named tuples, not dataclasses: the app's first frame needs the bank, and Python compiles a
dataclass's methods as it makes the class (about 1.5 ms a class here: with the config's and
the session store's, 18 ms of a 350 ms start)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import NamedTuple

FORMATS = ("single", "levels", "rapid_fire", "topics")
SEVERAL = ("rapid_fire", "topics")
"""Formats whose mock asks several prompts (questions, topics), each graded on its own."""
TOPIC_GUIDANCE = "Answer, then f asks the next follow-up; n closes the topic, shows the reference."
DIFFICULTIES = ("easy", "medium", "hard")
ID_MAX = 100
"""The longest id: a session folder is named `STAMP_ROUND_PROMPT`, and a file name has 255
bytes at most."""
SLUG = re.compile(rf"[a-z0-9][a-z0-9_-]{{0,{ID_MAX - 1}}}")
"""An id, in full (`SLUG.fullmatch`): `match` with `$` would let a trailing newline through."""


class Problem(NamedTuple):
    """One thing wrong in a bank file."""

    path: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.field}: {self.message}"


class BankError(Exception):
    """A bank file (or bank) that cannot be used as it is; carries every problem found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class Phase(NamedTuple):
    name: str
    minutes: float
    guidance: str = ""

    @property
    def seconds(self) -> float:
        return self.minutes * 60


def scaled_phases(phases: tuple[Phase, ...], minutes: float | None) -> tuple[Phase, ...]:
    """The phases stretched or squeezed to `minutes` in total, keeping their proportions, each
    a whole number of seconds (the last takes what rounding left, so the total is exact)."""
    total = sum(p.minutes for p in phases)
    if not minutes or total <= 0:
        return phases
    goal = round(minutes * 60)
    seconds = [round(p.minutes * 60 * minutes / total) for p in phases]
    seconds[-1] = max(goal - sum(seconds[:-1]), 0)
    return tuple(p._replace(minutes=s / 60) for p, s in zip(phases, seconds, strict=True))


class RubricItem(NamedTuple):
    name: str
    good: str = ""


class ChainStep(NamedTuple):
    """One follow-up of a topic: what the interviewer asks next, and what a strong answer says."""

    ask: str
    answer: str = ""


class Prompt(NamedTuple):
    id: str
    round_id: str
    title: str
    text: str
    difficulty: str = "medium"
    tags: tuple[str, ...] = ()
    follow_ups: tuple[str, ...] = ()
    hints: tuple[str, ...] = ()
    key_points: tuple[str, ...] = ()
    answer: str = ""
    levels: tuple[str, ...] = ()
    phases: tuple[Phase, ...] = ()
    source: str = ""
    code_dir: str = ""
    """The prompt's code folder (`code/<id>/` beside its bank file), or "" when it has none."""
    note: str = ""
    """Where in the user's notes it was imported from (`PATH:LINE`), or "" for written prompts."""
    chain: tuple[ChainStep, ...] = ()
    """A topic's follow-ups, asked one at a time after its opening question (topics rounds)."""


class Round(NamedTuple):
    id: str
    title: str
    description: str = ""
    minutes: float = 0
    format: str = "single"
    guidance: str = ""
    phases: tuple[Phase, ...] = ()
    rubric: tuple[RubricItem, ...] = ()
    questions: int = 0
    seconds_per_question: float = 0
    source: str = ""

    @property
    def asks_several(self) -> bool:
        """A mock asks `questions` prompts (rapid-fire questions, topics), each its own phase."""
        return self.format in SEVERAL

    def total_minutes(self) -> float:
        if self.format == "rapid_fire":
            return self.questions * self.seconds_per_question / 60
        return self.minutes

    def phases_for(self, prompt: Prompt) -> tuple[Phase, ...]:
        """The phases a mock of `prompt` runs through (a prompt may bring its own)."""
        if self.format == "rapid_fire":
            seconds = self.seconds_per_question
            return tuple(Phase(f"Question {i + 1}", seconds / 60) for i in range(self.questions))
        if self.format == "topics":
            # one checkpoint per topic: the minutes shared evenly
            each = self.minutes / self.questions
            return tuple(
                Phase(f"Topic {i + 1}", each, TOPIC_GUIDANCE) for i in range(self.questions)
            )
        return prompt.phases or self.phases


class Bank(NamedTuple):
    rounds: Mapping[str, Round] = MappingProxyType({})
    prompts: Mapping[str, Prompt] = MappingProxyType({})

    def prompts_for(self, round_id: str) -> list[Prompt]:
        return [p for p in self.prompts.values() if p.round_id == round_id]

    def tagged(self, tag: str) -> Bank:
        """The same bank with only the prompts tagged `tag` (`start ROUND --tag TAG`)."""
        return Bank(self.rounds, {k: p for k, p in self.prompts.items() if tag in p.tags})

    def round(self, round_id: str) -> Round:
        try:
            return self.rounds[round_id]
        except KeyError:
            known = ", ".join(sorted(self.rounds)) or "none"
            raise KeyError(f"no round type {round_id!r} (known: {known})") from None


class LoadResult(NamedTuple):
    bank: Bank
    problems: tuple[Problem, ...]
