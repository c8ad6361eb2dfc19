"""Full-text search over the engineering wiki: an inverted index ranked with BM25."""

from search.engine import Hit, SearchEngine, load_jsonl
from search.index import InvertedIndex
from search.query import Query, parse_query
from search.tokenize import tokenize

__all__ = ["Hit", "InvertedIndex", "Query", "SearchEngine", "load_jsonl", "parse_query", "tokenize"]
