"""Every coding prompt's code in the built-in bank, checked as `bank validate --run` does: the
reference passes its tests (visible and hidden), the starter does not. Every prompt of a coding
round has code."""

from __future__ import annotations

import pytest

from mockterm.core.bank import load_bank
from mockterm.core.coding.check import check_code
from mockterm.core.paths import builtin_bank_dir

BUILTIN = load_bank([builtin_bank_dir()]).bank
CODED = sorted((p for p in BUILTIN.prompts.values() if p.code_dir), key=lambda p: p.id)


@pytest.mark.parametrize("prompt_id", [p.id for p in CODED])
def test_reference_passes_and_starter_fails(prompt_id: str) -> None:
    prompt = BUILTIN.prompts[prompt_id]
    round_ = BUILTIN.round(prompt.round_id)
    check = check_code(prompt, len(prompt.levels) if round_.format == "levels" else 0)
    assert check.ok, check.problems
    assert check.reference is not None and check.reference.total >= 4
