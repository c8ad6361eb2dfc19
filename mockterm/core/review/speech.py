"""Speech figures of a window of the mock: speaking time, words per minute, fillers, pauses."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from mockterm.core.review.text import filler_hits_in, tokens
from mockterm.core.review.timeline import Line, PhaseSpan, TimedWord, phase_at

_start = attrgetter("start")

MIN_PAUSE = 2.0
"""Shorter gaps between words are breathing, not pauses."""
TOP_PAUSES = 3


@dataclass(frozen=True)
class Pause:
    start: float
    seconds: float
    phase: str = ""


@dataclass(frozen=True)
class SpeechStats:
    """Speech in one window (a phase, or the whole recorded mock).

    Speaking time is the time covered by transcribed segments, silence the rest of the window;
    rates are per minute of speaking time; a pause is a gap of at least `MIN_PAUSE` seconds
    between two words, placed where it starts."""

    window_seconds: float
    speaking_seconds: float
    words: int
    fillers: int
    filler_counts: Mapping[str, int] = field(default_factory=dict)
    pauses: tuple[Pause, ...] = ()
    """The longest pauses, longest first."""
    fillers_lower_bound: bool = True
    """Always true: Whisper drops some fillers, so counts are at least this."""

    @property
    def silence_seconds(self) -> float:
        return max(self.window_seconds - self.speaking_seconds, 0.0)

    @property
    def wpm(self) -> float:
        """Words per minute of speaking time."""
        return self.words * 60.0 / self.speaking_seconds if self.speaking_seconds > 0 else 0.0

    @property
    def fillers_per_minute(self) -> float:
        """Fillers per minute of speaking time (a lower bound)."""
        return self.fillers * 60.0 / self.speaking_seconds if self.speaking_seconds > 0 else 0.0

    @property
    def speaking_share(self) -> float:
        return self.speaking_seconds / self.window_seconds if self.window_seconds > 0 else 0.0


def speech_stats(
    lines: Sequence[Line],
    start: float,
    end: float,
    spans: Sequence[PhaseSpan] = (),
    top: int = TOP_PAUSES,
    words: Sequence[TimedWord] | None = None,
) -> SpeechStats:
    """Words, speaking time, fillers and the longest pauses between `start` and `end`.

    `words` (every word of `lines`, in time order) may be passed when called per phase."""
    window = max(end - start, 0.0)
    speaking = speaking_time([(line.start, line.end) for line in lines], start, end)
    if words is None:
        words = [w for line in lines for w in line.words]
    first = bisect_left(words, start, key=_start)
    last = bisect_left(words, end, lo=first, key=_start)
    inside = words[first:last]
    texts = [w.text for w in inside]
    fillers = Counter(name for _, name in filler_hits_in(texts))
    counted = counted_words(texts)
    pauses = []
    # a pause belongs where it starts: the word before it may be the last of the window
    lo, hi = max(first - 1, 0), min(last, len(words) - 1)
    for before, after in zip(words[lo:hi], words[lo + 1 : hi + 1], strict=True):
        gap = after.start - before.end
        if gap >= MIN_PAUSE and start <= before.end < end:
            pauses.append(Pause(round(before.end, 3), round(gap, 3), phase_at(spans, before.end)))
    pauses.sort(key=lambda p: (-p.seconds, p.start))
    return SpeechStats(
        round(window, 3),
        round(min(speaking, window), 3),
        counted,
        sum(fillers.values()),
        dict(fillers.most_common()),
        tuple(pauses[:top]),
    )


def speaking_time(stretches: Iterable[tuple[float, float]], start: float, end: float) -> float:
    """Seconds of the (start, end) stretches said (transcript lines) between `start` and `end`."""
    speaking = 0.0
    for line_start, line_end in stretches:
        if line_end > start and line_start < end:
            speaking += min(line_end, end) - max(line_start, start)
    return speaking


def counted_words(texts: Iterable[str]) -> int:
    """How many of the words' texts hold a word (a lone "-" or "..." is none)."""
    return sum(map(bool, map(tokens, texts)))


def speech_dict(stats: SpeechStats | None) -> dict[str, Any] | None:
    """The figures as plain data (for JSON export), derived rates rounded for reading."""
    if stats is None:
        return None
    return {
        "window_seconds": stats.window_seconds,
        "speaking_seconds": stats.speaking_seconds,
        "silence_seconds": round(stats.silence_seconds, 3),
        "words": stats.words,
        "wpm": round(stats.wpm, 1),
        "fillers": stats.fillers,
        "fillers_per_minute": round(stats.fillers_per_minute, 2),
        "fillers_lower_bound": stats.fillers_lower_bound,
        "filler_counts": dict(stats.filler_counts),
        "pauses": [{"at": p.start, "seconds": p.seconds, "phase": p.phase} for p in stats.pauses],
    }
