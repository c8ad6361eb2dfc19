"""Words of what was said: tokens, stop words, stems and fillers."""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress

import Stemmer

from mockterm.core.audio.transcript import FILLERS
from mockterm.core.review.timeline import TimedWord

AMBIGUOUS_FILLERS = ("like", "you know", "i mean")
"""Fillers that are also ordinary words: counted only when set off by a comma."""
PURE_FILLERS = tuple(f for f in FILLERS if f not in AMBIGUOUS_FILLERS)
_AMBIGUOUS_PARTS = tuple((phrase, phrase.split()) for phrase in AMBIGUOUS_FILLERS)
_ELONGATED = (
    (re.compile(r"^u+m+$"), "um"),
    (re.compile(r"^u+h+$"), "uh"),
    (re.compile(r"^e+r+m+$"), "erm"),
    (re.compile(r"^e+r+$"), "er"),
    (re.compile(r"^h+m+$"), "hmm"),
    (re.compile(r"^m{2,}$"), "mm"),
)

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_STOPWORDS = """a an the and or of to in on for with by at from as is are was were be been being
    it its this that these those you your i we our they their them he she his her what which who
    whom how when where why not no do does did than then so but if into about before after
    over under plus each any all would could should can will has have had there here up out only
    also more most other others own very just while via per vs versus s t"""
STOPWORDS = frozenset(_STOPWORDS.split())

_STEMMER = Stemmer.Stemmer("english", 0)  # no cache of its own: `stem` keeps one
_STEMMER_LOCK = threading.Lock()
_BEFORE_SNOWBALL = (
    # British "-ise" after a consonant, as "-ize": Snowball stems "normalise" to "normalis" but
    # "normalize" to "normal", and Whisper and the bank's authors spell both ways. Not after a
    # vowel ("raise", "noise") nor in "-cise", "-vise", "-wise": no "-ize" word is spelled so.
    (re.compile(r"(?<=[a-z]{2}[bdfghjklmnpqrstxz])is(e|es|ed|ing|ers?|ations?)$"), r"iz\1"),
    # an acronym's plural ("llms", "slos"): Snowball keeps an "s" after a word with no vowel or
    # one that ends in a vowel, and "LLMs" and "SLO" are said as often as "LLM" and "SLOs"
    (re.compile(r"^([aeiou]?[b-df-hj-np-tv-z]{2,}[aeiou]?)s$"), r"\1"),
)
_NOT_SNOWBALL = {"embed": "embed", "embeds": "embed"}
"""Words Snowball cuts short: "embed" reads as a past tense ("emb"), yet "embedding" is "embed"."""


@lru_cache(maxsize=65536)
def tokens(text: str) -> tuple[str, ...]:
    """Lower-case words of `text`, apostrophes kept inside words ("don't"); remembered, since a
    transcript says the same few thousand words over and over."""
    return tuple(_TOKEN.findall(text.lower().replace("’", "'")))


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """Snowball's English stem of `word`, so that "caching", "cached" and "cache" meet, and
    "latencies" meets "latency"; remembered, as `tokens` is.

    A few spellings are evened out first (`_BEFORE_SNOWBALL`): British "-ise" and acronyms'
    plurals."""
    word = word.lower()
    if word in _NOT_SNOWBALL:
        return _NOT_SNOWBALL[word]
    for pattern, replacement in _BEFORE_SNOWBALL:
        word = pattern.sub(replacement, word)
    # a Stemmer keeps state while it works, and the review index stems in a worker thread
    with _STEMMER_LOCK:
        stemmed: str = _STEMMER.stemWord(word)
    return stemmed


def content_stems(text: str) -> list[str]:
    """The stems of the words of `text` that carry meaning, in order, each once."""
    return list(dict.fromkeys(stem(t) for t in tokens(text) if t not in STOPWORDS))


@lru_cache(maxsize=4096)
def _pure_filler(token: str) -> str | None:
    """The filler a token is ("ummm" is "um"), when it is one that always counts."""
    for pattern, name in _ELONGATED:
        if pattern.match(token):
            return name
    return token if token in PURE_FILLERS else None


@lru_cache(maxsize=65536)
def _last_token(text: str) -> str:
    return (tokens(text) or ("",))[-1]


_AMBIGUOUS_FIRST = frozenset(parts[0] for _, parts in _AMBIGUOUS_PARTS)


@lru_cache(maxsize=65536)
def _may_start_filler(token: str) -> bool:
    return token in _AMBIGUOUS_FIRST or _pure_filler(token) is not None


def filler_hits(words: Sequence[TimedWord]) -> list[tuple[int, str]]:
    """(index of the first word, filler) for each filler among `words`.

    "um", "uh", "er", "hmm"... always count; "like", "you know" and "I mean" count only when a
    comma follows them ("it's, like, a cache"), since they are often real words. Whisper drops
    some fillers even when asked for verbatim text, so every count made from this is a lower
    bound."""
    return filler_hits_in([w.text for w in words])


def filler_hits_in(texts: Sequence[str]) -> list[tuple[int, str]]:
    """`filler_hits` of the words' texts alone."""
    norm = list(map(_last_token, texts))
    hits = []
    after = 0  # the words of a filler phrase already counted are not looked at again
    # only the few words that may start a filler are looked at, not each of thousands
    for i in compress(range(len(norm)), map(_may_start_filler, norm)):
        if i < after:
            continue
        word = norm[i]
        pure = _pure_filler(word)
        if pure is not None:
            hits.append((i, pure))
            continue
        for phrase, parts in _AMBIGUOUS_PARTS:
            if word != parts[0]:
                continue
            j = i + len(parts)
            if norm[i:j] == parts and texts[j - 1].rstrip().endswith((",", "...", "…")):
                hits.append((i, phrase))
                after = j
                break
    return hits
