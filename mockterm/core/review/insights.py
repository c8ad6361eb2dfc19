"""Speech insights of a saved mock, per phase and overall, from its session and transcript.

Pure functions over `Session` and `Transcript`: no files, no Textual. Everything is placed on the
session's time line (seconds since the mock started): transcript times are seconds of the audio,
and audio second t is session offset `[audio] offset + t`.

Definitions (the README's Review section says the same):

- **speaking time**: the time covered by transcribed segments; **silence**: the rest of the
  window (a phase, or the recorded part of the mock);
- **WPM**: words per minute of speaking time;
- **fillers**: "um", "uh", "er", "hmm"... always count; "like", "you know" and "I mean" count only
  when a comma follows them ("it's, like, a cache"), since they are often real words. Whisper
  drops some fillers even when asked for verbatim text, so every filler figure is a **lower bound**;
- **pauses**: gaps of at least `MIN_PAUSE` seconds between two words, placed where they start;
- **key points**: each key point of the prompt is reduced to stemmed content words; it counts as
  covered when most of them (all of one or two, 60 % of more) are said close together, and the
  place it was said is kept. An interviewer's tick counts too.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from mockterm.core.audio.transcription import FILLERS, Transcript
from mockterm.core.bank import Prompt
from mockterm.core.sessions.model import Session, ticked

MIN_PAUSE = 2.0
"""Shorter gaps between words are breathing, not pauses."""
TOP_PAUSES = 3

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
TIMELINE_KINDS = ("note", "hint", "follow_up", "key_point", "checkpoint", "pause", "resume")
"""Events shown between the transcript's lines in review."""


# --- the session's time line --------------------------------------------------------------------


@dataclass(frozen=True)
class PhaseSpan:
    """When a phase ran, in session seconds; `end` is where the next one began or the mock
    ended."""

    name: str
    start: float
    end: float
    planned: float = 0.0
    actual: float = 0.0


@dataclass(frozen=True)
class TimedWord:
    start: float
    end: float
    text: str


@dataclass(frozen=True)
class Line:
    """A transcript segment on the session's time line."""

    start: float
    end: float
    text: str
    phase: str
    words: tuple[TimedWord, ...] = ()


@dataclass(frozen=True)
class TimelineItem:
    """A line of the review: something said (`speech`) or an event (note, hint, ...)."""

    offset: float
    kind: str
    text: str
    phase: str
    end: float | None = None


@dataclass(frozen=True)
class PhaseBlock:
    span: PhaseSpan
    items: tuple[TimelineItem, ...]


def session_end(session: Session) -> float:
    """Offset of the end of the mock: its `end` event, else the last thing that happened."""
    ends = [e.offset for e in session.events if e.kind in ("end", "abandoned", "interrupted")]
    last = max((e.offset for e in session.events), default=0.0)
    return max(ends[0] if ends else last, 0.0)


def phase_spans(session: Session) -> list[PhaseSpan]:
    """Each phase that ran, from its `phase_start` event to its end, in order."""
    records = {p.name: p for p in session.phases}
    end = session_end(session)
    starts = [e for e in session.events if e.kind == "phase_start"]
    spans = []
    for index, event in enumerate(starts):
        stop = starts[index + 1].offset if index + 1 < len(starts) else end
        finished = [
            e.offset
            for e in session.events
            if e.kind == "phase_end" and e.phase == event.phase and event.offset <= e.offset
        ]
        if finished:
            stop = min(stop, finished[0])
        record = records.get(event.phase)
        spans.append(
            PhaseSpan(
                event.phase,
                event.offset,
                max(stop, event.offset),
                record.planned_seconds if record else 0.0,
                record.actual_seconds if record else max(stop - event.offset, 0.0),
            )
        )
    if not spans and session.phases:
        # no events (an old or hand-written file): lay the phases end to end
        at = 0.0
        for record in session.phases:
            spans.append(
                PhaseSpan(
                    record.name,
                    at,
                    at + record.actual_seconds,
                    record.planned_seconds,
                    record.actual_seconds,
                )
            )
            at += record.actual_seconds
    return spans


def phase_at(spans: Sequence[PhaseSpan], offset: float) -> str:
    """The phase running at `offset`: the last one started by then (the first before any)."""
    if not spans:
        return ""
    name = spans[0].name
    for span in spans:
        if span.start <= offset + 1e-6:
            name = span.name
    return name


def audio_offset(session: Session, transcript: Transcript | None = None) -> float:
    """Session offset of audio second 0 (the `[audio]` table, else the transcript's)."""
    audio = session.extra.get("audio")
    if isinstance(audio, Mapping) and "offset" in audio:
        try:
            return float(audio["offset"])
        except (TypeError, ValueError):
            pass
    return transcript.session_offset if transcript is not None else 0.0


def transcript_lines(session: Session, transcript: Transcript | None) -> list[Line]:
    """The transcript's segments in session time, each with its phase and its words.

    Segments without word times get their words spread evenly over the segment."""
    if transcript is None:
        return []
    shift = audio_offset(session, transcript)
    spans = phase_spans(session)
    lines = []
    for segment in transcript.segments:
        start, end = segment.start + shift, max(segment.end, segment.start) + shift
        if segment.words:
            words = tuple(
                TimedWord(w.start + shift, w.end + shift, w.word.strip())
                for w in segment.words
                if w.word.strip()
            )
        else:
            parts = segment.text.split()
            step = (end - start) / max(len(parts), 1)
            words = tuple(
                TimedWord(start + i * step, start + (i + 1) * step, p) for i, p in enumerate(parts)
            )
        lines.append(Line(start, end, segment.text.strip(), phase_at(spans, start), words))
    return lines


def timeline(session: Session, transcript: Transcript | None) -> list[PhaseBlock]:
    """What was said and what happened, grouped by phase, in time order."""
    spans = phase_spans(session)
    items = [
        TimelineItem(line.start, "speech", line.text, line.phase, line.end)
        for line in transcript_lines(session, transcript)
    ]
    for event in session.events:
        if event.kind in TIMELINE_KINDS:
            items.append(
                TimelineItem(event.offset, event.kind, event.text, phase_at(spans, event.offset))
            )
    # events before speech at the same moment: a hint given, then the answer to it
    items.sort(key=lambda i: (i.offset, i.kind == "speech"))
    if not spans:
        return [PhaseBlock(PhaseSpan("", 0.0, session_end(session)), tuple(items))] if items else []
    by_phase: dict[str, list[TimelineItem]] = {}
    for item in items:
        by_phase.setdefault(item.phase, []).append(item)
    blocks = []
    for span in spans:
        blocks.append(PhaseBlock(span, tuple(by_phase.pop(span.name, []))))
    return blocks


# --- words --------------------------------------------------------------------------------------

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_STOPWORDS = """a an the and or of to in on for with by at from as is are was were be been being
    it its this that these those you your i we our they their them he she his her what which who
    whom how when where why not no do does did than then so but if into about before after
    over under plus each any all would could should can will has have had there here up out only
    also more most other others own very just while via per vs versus s t"""
STOPWORDS = frozenset(_STOPWORDS.split())


def tokens(text: str) -> list[str]:
    """Lower-case words of `text`, apostrophes kept inside words ("don't")."""
    return list(_word_tokens(text))


@lru_cache(maxsize=65536)
def _word_tokens(text: str) -> tuple[str, ...]:
    """`tokens`, remembered: a transcript says the same few thousand words over and over."""
    return tuple(_TOKEN.findall(text.lower().replace("’", "'")))


@lru_cache(maxsize=4096)
def _pure_filler(token: str) -> str | None:
    """The filler a token is ("ummm" is "um"), when it is one that always counts."""
    for pattern, name in _ELONGATED:
        if pattern.match(token):
            return name
    return token if token in PURE_FILLERS else None


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


def filler_hits(words: Sequence[TimedWord]) -> list[tuple[int, str]]:
    """(index of the first word, filler) for each filler among `words` (see the module doc)."""
    norm = [(_word_tokens(w.text) or ("",))[-1] for w in words]
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


# --- speech statistics --------------------------------------------------------------------------


@dataclass(frozen=True)
class Pause:
    start: float
    seconds: float
    phase: str = ""


@dataclass(frozen=True)
class SpeechStats:
    """Speech in one window (a phase, or the whole recorded mock)."""

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
    speaking = 0.0
    for line in lines:
        if line.end > start and line.start < end:
            speaking += min(line.end, end) - max(line.start, start)
    if words is None:
        words = [w for line in lines for w in line.words]
    starts = [w.start for w in words]
    first, last = bisect_left(starts, start), bisect_left(starts, end)
    inside = words[first:last]
    fillers = Counter(name for _, name in filler_hits(inside))
    counted = sum(1 for w in inside if _word_tokens(w.text))
    pauses = []
    # a pause belongs where it starts: the word before it may be the last of the window
    for index in range(max(first - 1, 0), min(last, len(words) - 1)):
        before, after = words[index], words[index + 1]
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


# --- key points, hints, follow-ups --------------------------------------------------------------


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
    """An interviewer ticked it during a paired mock."""


def needed(stems: int) -> int:
    """How many of a key point's stems must be said together for it to count."""
    return stems if stems <= 2 else math.ceil(0.6 * stems)


KEY_POINT_SECONDS = 30.0
"""A key point's words count together only when said within this many seconds."""


def word_stems(words: Sequence[TimedWord]) -> list[tuple[str, int, float]]:
    """(stem, index of its word, its time) for every token of `words` ("two-tower" gives
    two)."""
    return [(stem(t), i, w.start) for i, w in enumerate(words) for t in _word_tokens(w.text)]


def match_key_point(
    key_point: str, said: Sequence[tuple[str, int, float]]
) -> tuple[int, int, set[str]] | None:
    """The best place `key_point` was said in `said` (from `word_stems`): (first word, last
    word, stems found), or None when too few of its stems come together: within a few words
    per stem and `KEY_POINT_SECONDS`."""
    wanted = content_stems(key_point) or [stem(t) for t in tokens(key_point)]
    if not wanted:
        return None
    width = max(12, 4 * len(wanted))
    target = set(wanted)
    best: tuple[int, int, set[str]] | None = None
    for i, (s, _, at) in enumerate(said):
        if s not in target:
            continue
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


def key_points(
    session: Session, lines: Sequence[Line], spans: Sequence[PhaseSpan] = ()
) -> list[KeyPointHit]:
    """Each key point of the prompt(s), covered (said, or ticked by an interviewer) or missed."""
    words = [w for line in lines for w in line.words]
    said = word_stems(words)
    ticks = ticked(session.events, "key_point")
    hits = []
    for text in _unique(session, "key_points"):
        wanted = content_stems(text) or [stem(t) for t in tokens(text)]
        match = match_key_point(text, said)
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
        elif text in ticks:
            at = ticks[text]
            hits.append(KeyPointHit(text, True, at, phase_at(spans, at), ticked=True))
        else:
            hits.append(KeyPointHit(text, False))
    return hits


def _prompts(session: Session) -> tuple[Prompt, ...]:
    return session.questions or (session.prompt,)


def _unique(session: Session, field_name: str) -> list[str]:
    return list(dict.fromkeys(item for p in _prompts(session) for item in getattr(p, field_name)))


@dataclass(frozen=True)
class Marker:
    """A hint given or a follow-up asked, with when."""

    text: str
    at: float
    phase: str


# --- all of it ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PhaseInsights:
    span: PhaseSpan
    speech: SpeechStats | None
    hints: tuple[Marker, ...] = ()
    follow_ups: tuple[Marker, ...] = ()
    key_points: tuple[str, ...] = ()
    """Key points first said (or ticked) in this phase."""
    notes: int = 0

    @property
    def overrun(self) -> float:
        return self.span.actual - self.span.planned


@dataclass(frozen=True)
class Insights:
    """Everything the review shows about one mock."""

    phases: tuple[PhaseInsights, ...]
    overall: SpeechStats | None
    """None without a transcript."""
    key_points: tuple[KeyPointHit, ...]
    hints: tuple[Marker, ...]
    hints_available: int
    follow_ups: tuple[Marker, ...]
    follow_ups_available: int
    recorded: tuple[float, float] | None = None
    """The part of the mock the recording covers (session offsets)."""

    @property
    def covered(self) -> list[KeyPointHit]:
        return [k for k in self.key_points if k.covered]

    @property
    def missed(self) -> list[KeyPointHit]:
        return [k for k in self.key_points if not k.covered]


def recorded_window(
    session: Session, transcript: Transcript | None, lines: Sequence[Line]
) -> tuple[float, float] | None:
    """The stretch of the mock the audio covers, from the `[audio]` table or the transcript."""
    if transcript is None:
        return None
    start = audio_offset(session, transcript)
    audio = session.extra.get("audio")
    seconds = 0.0
    if isinstance(audio, Mapping):
        try:
            seconds = float(audio.get("seconds", 0.0))
        except (TypeError, ValueError):
            seconds = 0.0
    seconds = seconds or transcript.duration
    end = start + seconds if seconds > 0 else max((line.end for line in lines), default=start)
    return (start, max(end, start))


def insights(
    session: Session, transcript: Transcript | None, *, per_phase: bool = True
) -> Insights:
    """Speech, key points, hints and follow-ups of a mock, per phase and overall (without
    `per_phase`, the phases carry no speech figures: the review list needs only the totals)."""
    spans = phase_spans(session)
    lines = transcript_lines(session, transcript)
    words = sorted((w for line in lines for w in line.words), key=lambda w: w.start)
    window = recorded_window(session, transcript, lines)
    overall = None
    if window is not None:
        overall = speech_stats(lines, window[0], window[1], spans, top=5, words=words)
    hints = tuple(
        Marker(e.text, e.offset, phase_at(spans, e.offset))
        for e in session.events
        if e.kind == "hint"
    )
    follow_ups = tuple(
        Marker(text, at, phase_at(spans, at))
        for text, at in sorted(ticked(session.events, "follow_up").items(), key=lambda x: x[1])
    )
    points = key_points(session, lines, spans)
    phases = []
    for span in spans:
        stats = None
        if window is not None and per_phase:
            # only the recorded part of the phase counts as its window
            start, end = max(span.start, window[0]), min(span.end, window[1])
            stats = speech_stats(lines, start, max(end, start), spans, words=words)
        phases.append(
            PhaseInsights(
                span,
                stats,
                tuple(h for h in hints if h.phase == span.name),
                tuple(f for f in follow_ups if f.phase == span.name),
                tuple(k.text for k in points if k.covered and k.phase == span.name),
                sum(1 for e in session.notes if phase_at(spans, e.offset) == span.name),
            )
        )
    return Insights(
        tuple(phases),
        overall,
        tuple(points),
        hints,
        len(_unique(session, "hints")),
        follow_ups,
        len(_unique(session, "follow_ups")),
        window,
    )


def speech_dict(stats: SpeechStats | None) -> dict[str, Any] | None:
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


def insights_dict(result: Insights) -> dict[str, Any]:
    """The insights as plain data (for JSON export)."""

    def markers(items: Iterable[Marker]) -> list[dict[str, Any]]:
        return [{"text": m.text, "at": m.at, "phase": m.phase} for m in items]

    return {
        "overall": speech_dict(result.overall),
        "recorded": list(result.recorded) if result.recorded else None,
        "phases": [
            {
                "name": p.span.name,
                "start": round(p.span.start, 3),
                "end": round(p.span.end, 3),
                "planned_seconds": round(p.span.planned, 3),
                "actual_seconds": round(p.span.actual, 3),
                "overrun_seconds": round(p.overrun, 3),
                "speech": speech_dict(p.speech),
                "hints": markers(p.hints),
                "follow_ups": markers(p.follow_ups),
                "key_points": list(p.key_points),
                "notes": p.notes,
            }
            for p in result.phases
        ],
        "key_points": [
            {
                "text": k.text,
                "covered": k.covered,
                "at": k.at,
                "phase": k.phase,
                "quote": k.quote,
                "score": k.score,
                "ticked": k.ticked,
            }
            for k in result.key_points
        ],
        "hints": {"used": markers(result.hints), "available": result.hints_available},
        "follow_ups": {
            "asked": markers(result.follow_ups),
            "available": result.follow_ups_available,
        },
    }
