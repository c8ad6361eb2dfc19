"""Queries as the search box sends them."""

from __future__ import annotations

from dataclasses import dataclass, field

from search.tokenize import tokenize


@dataclass(frozen=True)
class Query:
    terms: list[str] = field(default_factory=list)
    """Every term of the query, in order, phrases' words included."""
    phrases: list[list[str]] = field(default_factory=list)
    """The quoted phrases, each as its terms."""


def parse_query(text: str) -> Query:
    """Words, and "quoted phrases" whose words must stand together and in order. Words are
    tokenized as documents are. An unmatched quote is ignored: its words are loose words."""
    parts = text.split('"')
    if len(parts) % 2 == 0:  # an odd number of quotes: the last one opens nothing
        parts = [*parts[:-2], parts[-2] + " " + parts[-1]]
    terms: list[str] = []
    phrases: list[list[str]] = []
    for number, part in enumerate(parts):
        words = tokenize(part)
        terms += words
        if number % 2 and words:  # odd parts sit between a pair of quotes
            phrases.append(words)
    return Query(terms, phrases)
