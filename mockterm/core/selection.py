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
