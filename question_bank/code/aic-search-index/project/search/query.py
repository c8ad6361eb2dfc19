"""Queries as the search box sends them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Query:
    terms: list[str] = field(default_factory=list)
    """Every term of the query, in order."""


def parse_query(text: str) -> Query:
    return Query(text.split())
