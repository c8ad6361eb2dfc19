"""Which of a prompt's key points were said (or ticked), where, and in which words."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from mockterm.core.review.text import content_stems, stem, tokens
from mockterm.core.review.timeline import Line, PhaseSpan, TimedWord, phase_at
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


def word_stems(words: Sequence[TimedWord]) -> list[tuple[str, int, float]]:
    """(stem, index of its word, its time) for every token of `words` ("two-tower" gives
    two)."""
    return [(s, i, w.start) for i, w in enumerate(words) for s in _stems_of(w.text)]


def stem_positions(said: Sequence[tuple[str, int, float]]) -> dict[str, list[int]]:
    """Where in `said` each stem is: a key point is then looked for only where one of its
    stems was said, not at every word of a 45-minute transcript."""
    positions: dict[str, list[int]] = {}
    for i, (s, _, _) in enumerate(said):
        positions.setdefault(s, []).append(i)
    return positions


def match_key_point(
    key_point: str,
    said: Sequence[tuple[str, int, float]],
    positions: dict[str, list[int]] | None = None,
) -> tuple[int, int, set[str]] | None:
    """The best place `key_point` was said in `said` (from `word_stems`): (first word, last
    word, stems found), or None when too few of its stems come together: within a few words
    per stem and `KEY_POINT_SECONDS`. `positions` (from `stem_positions`) may be passed when
    many key points are matched against the same words."""
    wanted = key_point_stems(key_point)
    if not wanted:
        return None
    width = max(12, 4 * len(wanted))
    target = set(wanted)
    if positions is None:
        positions = stem_positions(said)
    starts = sorted(i for s in target for i in positions.get(s, ()))
    best: tuple[int, int, set[str]] | None = None
    for i in starts:
        at = said[i][2]
        found: set[str] = set()
        last = i
        for j in range(i, min(i + width, len(said))):
            if said[j][2] - at > KEY_POINT_SECONDS:
                break
            if said[j][0] in target and said[j][0] not in found:
                found.add(said[j][0])
                last = j
                if len(found) == len(target):
                    break
        if best is None or len(found) > len(best[2]):
            best = (i, last, found)
            if len(found) == len(target):
                break
    if best is None or len(best[2]) < needed(len(target)):
        return None
    return (said[best[0]][1], said[best[1]][1], best[2])


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
    said = word_stems(words)
    positions = stem_positions(said)
    ticks = ticked(session.events, "key_point")
    late = ticked_after_the_mock(session)
    hits = []
    for text in session.prompt_items("key_points"):
        wanted = key_point_stems(text)
        match = match_key_point(text, said, positions)
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
