"""The question bank: TOML files of round types and prompts, loaded and checked.

Every problem is reported as `file:line: field: message`; a broken entry is skipped, never fatal.
"""

from __future__ import annotations

from mockterm.core.bank.load import load_bank
from mockterm.core.bank.model import (
    Bank,
    BankError,
    LoadResult,
    Phase,
    Problem,
    Prompt,
    Round,
    RubricItem,
)
from mockterm.core.bank.parse import FileContent, load_file, parse_file

__all__ = [
    "Bank",
    "BankError",
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
]
