"""The search service: documents in, ranked hits out."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from search.index import InvertedIndex
from search.query import parse_query
from search.rank import bm25


@dataclass(frozen=True)
class Hit:
    doc_id: str
    score: float


def load_jsonl(path: str | Path) -> dict[str, str]:
    """{id: text} from a file of JSON lines with "id" and "text"."""
    documents = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                documents[record["id"]] = record["text"]
    return documents


class SearchEngine:
    def __init__(self, documents: dict[str, str] | None = None) -> None:
        self.index = InvertedIndex()
        for doc_id, text in (documents or {}).items():
            self.index.add(doc_id, text)

    def add(self, doc_id: str, text: str) -> None:
        self.index.add(doc_id, text)

    def remove(self, doc_id: str) -> None:
        self.index.remove(doc_id)

    def search(self, text: str, k: int = 10) -> list[Hit]:
        """The `k` best documents holding at least one query term (and every quoted phrase,
        when there are any), best first; equal scores in ascending id order."""
        query = parse_query(text)
        if query.phrases:  # every phrase must be there; loose words only add to the score
            candidates = {
                doc
                for doc in self.index.documents_with(query.phrases[0][0])
                if all(self.index.has_phrase(doc, phrase) for phrase in query.phrases)
            }
        else:
            candidates = {doc for term in query.terms for doc in self.index.documents_with(term)}
        hits = [Hit(doc, bm25(self.index, doc, query.terms)) for doc in candidates]
        hits.sort(key=lambda hit: (-hit.score, hit.doc_id))  # ties: ascending id
        return hits[:k]
