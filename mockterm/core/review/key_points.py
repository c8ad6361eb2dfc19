"""Which of a prompt's key points were said (or ticked), where, and in which words."""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain, compress, islice, repeat
from operator import le

from mockterm.core.review.text import content_stems, stem, tokens
from mockterm.core.review.timeline import Line, PhaseSpan, phase_at
from mockterm.core.sessions.model import KEY_POINTS_CHECKED, Session, ticked

KEY_POINT_SECONDS = 30.0
"""A key point's words count together only when said within this many seconds."""


@dataclass(frozen=True)
class KeyPointHit:
    """One key point of the prompt: covered or missed, and where it was said."""

    text: str
    covered: bool
    at: float | None = None
    """Session offset where it was said (or ticked), when covered."""
    phase: str = ""
    quote: str = ""
    """The words of the transcript that matched, from first to last."""
    matched: tuple[str, ...] = ()
    """The key point's stems that were found near each other."""
    score: float = 0.0
    """Share of the key point's stems found together, 0..1."""
    ticked: bool = False
    """An interviewer ticked it during a paired mock (or the user, after a solo one)."""
    after: bool = False
    """Ticked after the mock (the End screen): `at` and `phase` say nothing of when it was
    said, so they are None and empty."""
    assessed: bool = True
    """Someone could tell: there is a transcript, an interviewer ticked what was covered, or
    the user went through the key points after the mock. Without any of these a key point that
    was not ticked is not assessed, not missed."""

    @property
    def missed(self) -> bool:
        return self.assessed and not self.covered


@dataclass(frozen=True)
class Marker:
    """A hint given or a follow-up asked, with when."""

    text: str
    at: float
    phase: str


def needed(stems: int) -> int:
    """How many of a key point's stems must be said together for it to count: all of one or
    two, 60 % of more."""
    return stems if stems <= 2 else math.ceil(0.6 * stems)


def key_point_stems(key_point: str) -> list[str]:
    """The stems a key point is matched on: its content words, or all its words when every one
    is a stop word, so that such a key point can still be matched."""
    return content_stems(key_point) or [stem(t) for t in tokens(key_point)]


@lru_cache(maxsize=65536)
def _stems_of(text: str) -> tuple[str, ...]:
    return tuple(stem(t) for t in tokens(text))


class Said:
    """Every stem said, in order ("two-tower" gives two), each with its word and when that
    began. A 45-minute transcript holds thousands, and key points look for a few: when the
    words' times only go forward, just the stems looked for are laid out (`positions`), since
    any other stem neither counts nor is the first past `KEY_POINT_SECONDS`."""

    def __init__(self, texts: Sequence[str], starts: Sequence[float]) -> None:
        self._texts, self._starts = texts, starts
        self._per_word = list(map(_stems_of, texts))
        self._first = list(accumulate(map(len, self._per_word), initial=0))
        """Where each word's stems begin among all stems (and, last, how many there are)."""
        self.size = self._first[-1]
        self.in_order = all(map(le, starts, islice(starts, 1, None)))
        self.stem_at: dict[int, str] | list[str] = {}
        self.word_at: dict[int, int] | list[int] = {}
        self.time_at: dict[int, float] | list[float] = {}
        if not self.in_order:  # every stem may end a match: all laid out
            counts = list(map(len, self._per_word))
            self.stem_at = list(chain.from_iterable(self._per_word))
            self.word_at = list(chain.from_iterable(map(repeat, range(len(counts)), counts)))
            self.time_at = list(chain.from_iterable(map(repeat, starts, counts)))

    def positions(self, stems: Iterable[str]) -> dict[str, list[int]]:
        """Where each of `stems` was said (its indexes among all stems): a key point is then
        looked for only where one of its stems was, not at every word of a 45-minute
        transcript."""
        wanted = set(stems)
        positions: dict[str, list[int]] = {s: [] for s in wanted}
        if not self.in_order:
            for i in compress(range(self.size), map(wanted.__contains__, self.stem_at)):
                positions[self.stem_at[i]].append(i)
            return positions
        assert isinstance(self.stem_at, dict) and isinstance(self.word_at, dict)
        assert isinstance(self.time_at, dict)
        texts = {t for t in set(self._texts) if not wanted.isdisjoint(_stems_of(t))}
        for word in compress(range(len(self._texts)), map(texts.__contains__, self._texts)):
            for at, found in enumerate(self._per_word[word], self._first[word]):
                if found in wanted:
                    positions[found].append(at)
                    self.stem_at[at], self.word_at[at] = found, word
                    self.time_at[at] = self._starts[word]
        return positions


def match_key_point(
    key_point: str, heard: Said, positions: dict[str, list[int]] | None = None
) -> tuple[int, int, set[str]] | None:
    """The best place `key_point` was said in `heard`: (first word, last word, stems found), or
    None when too few of its stems come together: within a few words per stem and
    `KEY_POINT_SECONDS`. `positions` (from `heard.positions`, holding at least the key point's
    stems) may be passed when many key points are matched against the same words."""
    wanted = key_point_stems(key_point)
    if not wanted:
        return None
    width = max(12, 4 * len(wanted))
    target = set(wanted)
    if positions is None:
        positions = heard.positions(target)
    starts = sorted(i for s in target for i in positions.get(s, ()))
    # the stems that can change a match: where times only go forward, those of the key point
    # (a stem past `KEY_POINT_SECONDS` has only stems past it after it); else every one
    steps: Sequence[int] = starts if heard.in_order else range(heard.size)
    stems, times = heard.stem_at, heard.time_at
    best: tuple[int, int, set[str]] | None = None
    for i in starts:
        at = times[i]
        found: set[str] = set()
        last = i
        for j in islice(steps, bisect_left(steps, i), None):
            if j >= i + width or times[j] - at > KEY_POINT_SECONDS:
                break
            if stems[j] in target and stems[j] not in found:
                found.add(stems[j])
                last = j
                if len(found) == len(target):
                    break
        if best is None or len(found) > len(best[2]):
            best = (i, last, found)
            if len(found) == len(target):
                break
    if best is None or len(best[2]) < needed(len(target)):
        return None
    return (heard.word_at[best[0]], heard.word_at[best[1]], best[2])


def assessed(session: Session, heard: bool) -> bool:
    """Whether a key point nobody ticked was missed (True) or is simply unknown: the mock was
    transcribed (`heard`), an interviewer was ticking, or the user ticked them after the mock."""
    return (
        heard
        or session.mode == "interviewer"
        or any(e.kind == KEY_POINTS_CHECKED for e in session.events)
    )


def ticked_after_the_mock(session: Session) -> set[str]:
    """Key points whose tick came once the mock was over (a solo user's, on the End screen):
    stamped at or after the mock's end, and written after it."""
    ends = [e.offset for e in session.events if e.kind in ("end", "abandoned")]
    if not ends:
        return set()
    after: set[str] = set()
    ended = False
    for event in session.events:
        if event.kind in ("end", "abandoned"):
            ended = True
        elif event.kind == "key_point" and ended and event.offset >= ends[0] - 1e-6:
            after.add(event.text)
        elif event.kind == "key_point":
            after.discard(event.text)
    return after


def key_points(
    session: Session, lines: Sequence[Line], spans: Sequence[PhaseSpan] = (), *, heard: bool = True
) -> list[KeyPointHit]:
    """Each key point of the prompt(s): covered (said, or ticked), missed, or, with no
    transcript (`heard` False) and no one ticking, not assessed."""
    judged = assessed(session, heard)
    words = [w for line in lines for w in line.words]
    ticks = ticked(session.events, "key_point")
    late = ticked_after_the_mock(session)
    hits = []
    for text, match in _matches(session, Said([w.text for w in words], [w.start for w in words])):
        wanted = key_point_stems(text)
        if match is not None:
            first, last, found = match
            at = words[first].start
            hits.append(
                KeyPointHit(
                    text,
                    True,
                    round(at, 3),
                    phase_at(spans, at),
                    " ".join(w.text for w in words[first : last + 1]),
                    tuple(s for s in wanted if s in found),
                    round(len(found) / len(wanted), 3),
                    text in ticks,
                )
            )
        elif text in late:
            hits.append(KeyPointHit(text, True, ticked=True, after=True))
        elif text in ticks:
            at = ticks[text]
            hits.append(KeyPointHit(text, True, at, phase_at(spans, at), ticked=True))
        else:
            hits.append(KeyPointHit(text, False, assessed=judged))
    return hits


def key_point_counts(session: Session, heard_words: Said, *, heard: bool) -> tuple[int, int, bool]:
    """(covered, total, assessed) as `key_points` finds them, without their quotes and phases
    (what the review list shows)."""
    ticks = ticked(session.events, "key_point")
    late = ticked_after_the_mock(session)
    matches = _matches(session, heard_words)
    covered = sum(
        1 for text, match in matches if match is not None or text in late or text in ticks
    )
    return covered, len(matches), covered == len(matches) or assessed(session, heard)


def _matches(
    session: Session, heard_words: Said
) -> list[tuple[str, tuple[int, int, set[str]] | None]]:
    """Each key point of the prompt(s), and where it was said (`match_key_point`)."""
    items = session.prompt_items("key_points")
    positions = heard_words.positions(s for text in items for s in key_point_stems(text))
    return [(text, match_key_point(text, heard_words, positions)) for text in items]
