"""What to practise next: the one object the CLI and every screen ask.

Built from the bank and the saved sessions: the spaced-repetition schedule replayed from them,
the prompts shown lately (not offered again while others are left), what is due per round type,
and the choice of the next prompt (or a rapid-fire round's questions).
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from datetime import datetime

from mockterm.core.bank import Bank, Prompt
from mockterm.core.practice.schedule import Schedule, recent_prompts, schedule_of
from mockterm.core.practice.selection import (
    due_counts,
    pick_due,
    pick_prompt,
    pick_questions,
    pick_surprise,
)
from mockterm.core.sessions.model import Session, utc_now
from mockterm.core.sessions.store import SessionStore

MODES = ("due", "surprise")
"""`due`: what is due first (then never done, then soonest due); `surprise`: uniform over the
due and never-done prompts."""


class Practice:
    """The schedule and the choice of the next prompt, for one bank and one set of sessions."""

    def __init__(
        self,
        bank: Bank,
        sessions: Iterable[Session] = (),
        *,
        now: datetime | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.bank = bank
        self.rng = rng or random.Random()
        self.schedule = Schedule()
        self.recent: list[str] = []
        """The last few prompts shown, oldest first."""
        self.due: dict[str, int] = {}
        """How many prompts are due, per round type."""
        self.update(sessions, now=now)

    @classmethod
    def from_store(
        cls, bank: Bank, store: SessionStore, *, rng: random.Random | None = None
    ) -> Practice:
        """From every readable session in `store` (unreadable ones are skipped)."""
        return cls(bank, (e.session for e in store.scan() if e.session is not None), rng=rng)

    def update(self, sessions: Iterable[Session], *, now: datetime | None = None) -> None:
        """Replay `sessions` again (after a mock was graded, or the sessions were read)."""
        sessions = list(sessions)
        now = now or utc_now()
        self.schedule = schedule_of(sessions)
        self.recent = recent_prompts(sessions, now=now)
        self.due = due_counts(self.bank, self.schedule, now)

    def choose(
        self, mode: str, round_id: str | None = None, *, now: datetime | None = None
    ) -> Prompt | None:
        """The next prompt of `round_id` (any round when None); None when there is none."""
        now = now or utc_now()
        if mode == "surprise":
            pick = pick_surprise
        elif mode == "due":
            pick = pick_due
        else:
            raise ValueError(f"mode {mode!r} is not one of {', '.join(MODES)}")
        return pick(self.bank, self.schedule, round_id, now, recent=self.recent, rng=self.rng)

    def other_than(self, round_id: str, done: Sequence[str]) -> Prompt | None:
        """A prompt of `round_id` none of `done` (a role swap: neither person has just seen it)."""
        return pick_prompt(self.bank, round_id, recent=done, rng=self.rng)

    def questions(self, first: Prompt, *, now: datetime | None = None) -> list[Prompt]:
        """A rapid-fire round's questions, starting with `first`: due ones, then unseen ones."""
        round_ = self.bank.round(first.round_id)
        return pick_questions(
            self.bank,
            round_.id,
            round_.questions,
            first=first,
            recent=self.recent,
            rng=self.rng,
            schedule=self.schedule,
            now=now or utc_now(),
        )

    def is_due(self, prompt: Prompt, now: datetime | None = None) -> bool:
        return self.schedule.is_due(prompt.id, now or utc_now())
