"""Choosing the next prompt for a mock: at random, what is due, or a surprise.

"What is due" takes due prompts first (most overdue first), then unseen ones, then the rest
(soonest due first), never one of the last few shown while another is left. "Surprise me" is
uniform over the unseen and due prompts. Both work within one round type or across all.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime

from mockterm.core.bank import Bank, Prompt
from mockterm.core.practice.schedule import Schedule


def pick_prompt(
    bank: Bank,
    round_id: str | None,
    *,
    recent: Sequence[str] = (),
    rng: random.Random | None = None,
) -> Prompt | None:
    """A random prompt of `round_id` (any round when None), avoiding `recent` ids if it can."""
    rng = rng or random.Random()
    pool = list(bank.prompts.values()) if round_id is None else bank.prompts_for(round_id)
    if not pool:
        return None
    fresh = [p for p in pool if p.id not in set(recent)]
    return rng.choice(fresh or pool)


def pick_questions(
    bank: Bank,
    round_id: str,
    count: int,
    *,
    first: Prompt | None = None,
    recent: Sequence[str] = (),
    rng: random.Random | None = None,
    schedule: Schedule | None = None,
    now: datetime | None = None,
) -> list[Prompt]:
    """`count` different questions for a rapid-fire round, starting with `first` if given.

    With a schedule: due questions first (most overdue first), then unseen ones in random order,
    then the rest (soonest due first); the `recent` ones come last either way.
    """
    rng = rng or random.Random()
    pool = [p for p in bank.prompts_for(round_id) if first is None or p.id != first.id]
    fresh = [p for p in pool if p.id not in set(recent)]
    stale = [p for p in pool if p.id in set(recent)]
    due, unseen, rest = _split(fresh, schedule, now)
    rng.shuffle(unseen)
    rng.shuffle(stale)
    chosen = ([first] if first is not None else []) + due + unseen + rest + stale
    return chosen[:count]


def _split(
    pool: Sequence[Prompt], schedule: Schedule | None, now: datetime | None
) -> tuple[list[Prompt], list[Prompt], list[Prompt]]:
    """`pool` as (due, most overdue first; unseen, in pool order; the rest, soonest due first)."""
    if schedule is None or now is None:
        return [], list(pool), []
    due: list[Prompt] = []
    unseen: list[Prompt] = []
    rest: list[Prompt] = []
    for prompt in pool:
        card = schedule.get(prompt.id)
        if card is None:
            unseen.append(prompt)
        elif card.is_due(now):
            due.append(prompt)
        else:
            rest.append(prompt)

    def when(prompt: Prompt) -> tuple[datetime, str]:
        card = schedule.get(prompt.id)
        assert card is not None
        return card.due, prompt.id

    return sorted(due, key=when), unseen, sorted(rest, key=when)


def _pool(bank: Bank, round_id: str | None) -> list[Prompt]:
    return list(bank.prompts.values()) if round_id is None else bank.prompts_for(round_id)


def _least_recent(pool: Sequence[Prompt], recent: Sequence[str]) -> Prompt:
    """When every prompt was shown lately: the one shown longest ago (`recent` is oldest first)."""
    order = {prompt_id: i for i, prompt_id in enumerate(recent)}
    return min(pool, key=lambda p: order.get(p.id, -1))


def pick_due(
    bank: Bank,
    schedule: Schedule,
    round_id: str | None,
    now: datetime,
    *,
    recent: Sequence[str] = (),
    rng: random.Random | None = None,
) -> Prompt | None:
    """What is due: the most overdue prompt, else a random unseen one, else the soonest due.

    Never one of `recent` (ids, oldest first) while any other prompt is left.
    """
    rng = rng or random.Random()
    pool = _pool(bank, round_id)
    if not pool:
        return None
    fresh = [p for p in pool if p.id not in set(recent)]
    if not fresh:
        return _least_recent(pool, recent)
    due, unseen, rest = _split(fresh, schedule, now)
    if due:
        return due[0]
    if unseen:
        return rng.choice(unseen)
    return rest[0]


def pick_surprise(
    bank: Bank,
    schedule: Schedule,
    round_id: str | None,
    now: datetime,
    *,
    recent: Sequence[str] = (),
    rng: random.Random | None = None,
) -> Prompt | None:
    """Surprise me: uniform over the unseen and due prompts not shown lately.

    When none is left, any prompt not shown lately; when all were, the one shown longest ago.
    """
    rng = rng or random.Random()
    pool = _pool(bank, round_id)
    if not pool:
        return None
    fresh = [p for p in pool if p.id not in set(recent)]
    if not fresh:
        return _least_recent(pool, recent)
    due, unseen, _ = _split(fresh, schedule, now)
    wanted = {p.id for p in (*due, *unseen)}
    candidates = [p for p in fresh if p.id in wanted]  # bank order, so a seeded rng repeats
    return rng.choice(candidates or fresh)


def due_counts(bank: Bank, schedule: Schedule, now: datetime) -> dict[str, int]:
    """How many prompts of each round type are due (prompts no longer in the bank not counted)."""
    counts = dict.fromkeys(bank.rounds, 0)
    for card in schedule.due(now, ids=bank.prompts):
        round_id = bank.prompts[card.prompt_id].round_id
        counts[round_id] = counts.get(round_id, 0) + 1
    return counts
