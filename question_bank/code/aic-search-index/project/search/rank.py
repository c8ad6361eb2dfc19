"""BM25: how well a document matches a set of query terms."""

from __future__ import annotations

import math
from collections.abc import Iterable

from search.index import InvertedIndex

K1 = 1.2
B = 0.75


def idf(index: InvertedIndex, term: str) -> float:
    """Rarer terms weigh more; never negative."""
    n, df = index.doc_count, len(index.documents_with(term))
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


def bm25(index: InvertedIndex, doc_id: str, terms: Iterable[str]) -> float:
    """The document's score for the distinct `terms` (summed in sorted order, so the same
    query always gives the same float)."""
    length_ratio = index.lengths[doc_id] / index.average_length
    score = 0.0
    for term in sorted(set(terms)):
        tf = len(index.documents_with(term).get(doc_id, ()))
        if tf:
            score += idf(index, term) * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length_ratio))
    return score
