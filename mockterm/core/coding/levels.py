"""Levels that unlock on green: level N+1 of a levels round appears once the tests of levels
1..N all pass, as in CodeSignal's progressive questions. Once shown, a level stays shown."""

from __future__ import annotations

import re

from mockterm.core.coding.runner import TestRun
from mockterm.core.coding.spec import CodeSpec

_LEVEL = re.compile(r"^level\s+(\d+)\b", re.IGNORECASE)


def phase_level(phase_name: str) -> int | None:
    """Phase `Level N` is level N's (0-based: N-1); other phases have none."""
    match = _LEVEL.match(phase_name)
    return int(match.group(1)) - 1 if match else None


def green_levels(spec: CodeSpec, run: TestRun) -> tuple[int, ...]:
    """The levels whose every test passed in `run` (none when the run as a whole failed)."""
    if run.problem or not spec.levels:
        return ()
    green = []
    for level in range(1, spec.levels + 1):
        labels = {t.label for t in spec.tests if t.level == level}
        results = [r for r in run.results if r.file in labels]
        if results and all(r.passed for r in results):
            green.append(level)
    return tuple(green)


def unlocked(spec: CodeSpec, current: int, green: tuple[int, ...]) -> int:
    """The highest level shown after a run: one past the levels green from level 1 on."""
    reached = 0
    while reached + 1 in green:
        reached += 1
    return max(current, min(reached + 1, spec.levels))
