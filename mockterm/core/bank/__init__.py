"""The question bank: TOML files of round types and prompts, loaded and checked.

Every problem is reported as `file:line: field: message`; a broken entry is skipped, never fatal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mockterm.core.bank.load import load_bank
from mockterm.core.bank.model import (
    Bank,
    BankError,
    ChainStep,
    LoadResult,
    Phase,
    Problem,
    Prompt,
    Round,
    RubricItem,
    scaled_phases,
)

if TYPE_CHECKING:
    from mockterm.core.bank.parse import FileContent, load_file, parse_file

__all__ = [
    "Bank",
    "BankError",
    "ChainStep",
    "FileContent",
    "LoadResult",
    "Phase",
    "Problem",
    "Prompt",
    "Round",
    "RubricItem",
    "load_bank",
    "load_file",
    "parse_file",
    "scaled_phases",
]


def __getattr__(name: str) -> Any:
    # the file checker loads on first use, so a start from the bank cache does without it
    if name in ("FileContent", "load_file", "parse_file"):
        from mockterm.core.bank import parse

        return getattr(parse, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
