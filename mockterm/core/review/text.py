"""Words of what was said: tokens, stop words, stems and fillers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from mockterm.core.audio.transcription import FILLERS
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


@lru_cache(maxsize=65536)
def tokens(text: str) -> tuple[str, ...]:
    """Lower-case words of `text`, apostrophes kept inside words ("don't"); remembered, since a
    transcript says the same few thousand words over and over."""
    return tuple(_TOKEN.findall(text.lower().replace("’", "'")))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light English stemmer: enough that "caching", "cached" and "cache" meet, and
    "latencies" meets "latency". Not Porter's: fewer rules, predictable on technical words."""
    w = word.lower()
    if w.endswith("'s"):
        w = w[:-2]
    w = w.rstrip("'")
    if len(w) <= 3:
        return w
    if w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("ses") and len(w) > 5:  # biases, statuses
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is", "ias")):
        w = w[:-1]
    if w.endswith("ied") and len(w) > 4:
        w = w[:-3] + "y"
    else:
        for suffix, shortest in (("ing", 3), ("ed", 4)):  # "embed" stays whole
            if w.endswith(suffix) and len(w) - len(suffix) >= shortest:
                base = w[: -len(suffix)]
                if any(c in "aeiouy" for c in base):
                    w = base
                    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
                        w = w[:-1]
                break
    for suffix, repl in (
        ("ization", "iz"),
        ("isation", "iz"),
        ("ational", "at"),
        ("ation", "at"),
        ("ion", ""),
        ("ness", ""),
        ("ment", ""),
        ("able", ""),
        ("ible", ""),
        ("ly", ""),
        ("ize", "iz"),
        ("ise", "iz"),
    ):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)] + repl
            break
    else:
        if w.endswith("al") and len(w) >= 7:  # retrieval/retrieve, removal/remove
            w = w[:-2]
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


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


def filler_hits(words: Sequence[TimedWord]) -> list[tuple[int, str]]:
    """(index of the first word, filler) for each filler among `words`.

    "um", "uh", "er", "hmm"... always count; "like", "you know" and "I mean" count only when a
    comma follows them ("it's, like, a cache"), since they are often real words. Whisper drops
    some fillers even when asked for verbatim text, so every count made from this is a lower
    bound."""
    norm = [(tokens(w.text) or ("",))[-1] for w in words]
    hits = []
    i = 0
    while i < len(words):
        word = norm[i]
        pure = _pure_filler(word)
        if pure is not None:
            hits.append((i, pure))
            i += 1
            continue
        matched = False
        for phrase, parts in _AMBIGUOUS_PARTS:
            if word != parts[0]:
                continue
            j = i + len(parts)
            if norm[i:j] == parts and words[j - 1].text.rstrip().endswith((",", "...", "…")):
                hits.append((i, phrase))
                i = j
                matched = True
                break
        if not matched:
            i += 1
    return hits
