"""Choosing the next prompt for a mock."""

from __future__ import annotations

import random
from collections.abc import Sequence

from mockterm.core.bank import Bank, Prompt


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
) -> list[Prompt]:
    """`count` different questions for a rapid-fire round, starting with `first` if given."""
    rng = rng or random.Random()
    pool = [p for p in bank.prompts_for(round_id) if first is None or p.id != first.id]
    fresh = [p for p in pool if p.id not in set(recent)]
    stale = [p for p in pool if p.id in set(recent)]
    rng.shuffle(fresh)
    rng.shuffle(stale)
    chosen = ([first] if first is not None else []) + fresh + stale
    return chosen[:count]
