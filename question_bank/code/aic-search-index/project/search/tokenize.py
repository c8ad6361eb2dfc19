"""Text into terms: the one definition that documents and queries must share."""

from __future__ import annotations

import re

WORD = re.compile(r"[a-z0-9]+")


def tokenize(text: str) -> list[str]:
    """Lowercase runs of letters and digits, in order: "Rate-limit, 429!" -> rate, limit, 429."""
    return WORD.findall(text.lower())
