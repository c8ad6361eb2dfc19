"""The inverted index: for each term, the documents holding it and the positions there."""

from __future__ import annotations

from collections import defaultdict

from search.tokenize import tokenize


class InvertedIndex:
    def __init__(self) -> None:
        self.postings: dict[str, dict[str, list[int]]] = defaultdict(dict)
        """term -> {doc_id: positions of the term in the document (0-based, ascending)}"""
        self.lengths: dict[str, int] = {}
        """doc_id -> number of terms in the document"""

    @property
    def doc_count(self) -> int:
        return len(self.lengths)

    @property
    def average_length(self) -> float:
        return sum(self.lengths.values()) / len(self.lengths) if self.lengths else 0.0

    def add(self, doc_id: str, text: str) -> None:
        """Index a document; a document already indexed under `doc_id` is replaced."""
        if doc_id in self.lengths:
            self.remove(doc_id)
        terms = tokenize(text)
        for position, term in enumerate(terms):
            self.postings[term].setdefault(doc_id, []).append(position)
        self.lengths[doc_id] = len(terms)

    def remove(self, doc_id: str) -> None:
        """Forget a document (nothing happens for an unknown id)."""
        for term in list(self.postings):
            self.postings[term].pop(doc_id, None)
            if not self.postings[term]:
                del self.postings[term]
        self.lengths.pop(doc_id, None)  # or doc_count and average_length count it still

    def documents_with(self, term: str) -> dict[str, list[int]]:
        return self.postings.get(term, {})

    def has_phrase(self, doc_id: str, words: list[str]) -> bool:
        """Whether the document holds `words` next to each other, in this order."""
        if not words:
            return True
        later = [set(self.documents_with(word).get(doc_id, ())) for word in words[1:]]
        return any(
            all(start + step in positions for step, positions in enumerate(later, 1))
            for start in self.documents_with(words[0]).get(doc_id, ())
        )
