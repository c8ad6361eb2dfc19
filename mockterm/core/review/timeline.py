"""A mock's time line: its phases, transcript lines and events, in seconds since it started."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from mockterm.core.audio.transcript import Transcript
from mockterm.core.sessions.model import Session
from mockterm.core.sessions.resume import session_end

TIMELINE_KINDS = ("note", "hint", "follow_up", "key_point", "checkpoint", "pause", "resume")
"""Events shown between the transcript's lines in review."""


@dataclass(frozen=True)
class PhaseSpan:
    """When a phase ran, in session seconds; `end` is where the next one began or the mock
    ended."""

    name: str
    start: float
    end: float
    planned: float = 0.0
    actual: float = 0.0


class TimedWord(NamedTuple):
    """A word on the session's time line (a named tuple: there are thousands per mock)."""

    start: float
    end: float
    text: str


class Stretch(NamedTuple):
    """When a line was said, without what: all the review list needs of one."""

    start: float
    end: float


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
    """Session offset of audio second 0 (the `[audio]` table, else the transcript's).

    Transcript times are seconds of the audio: audio second t is session offset this + t."""
    audio = session.extra.get("audio")
    if isinstance(audio, Mapping) and "offset" in audio:
        try:
            return float(audio["offset"])
        except (TypeError, ValueError):
            pass
    return transcript.session_offset if transcript is not None else 0.0


def transcript_lines(session: Session, transcript: Transcript | None) -> list[Line]:
    """The transcript's segments in session time, each with its phase and its words.

    A segment said across a phase change is split there, by its words' times, so each part is
    filed under the phase it was said in. Segments without word times get their words spread
    evenly over the segment."""
    if transcript is None:
        return []
    shift = audio_offset(session, transcript)
    spans = phase_spans(session)
    lines = []
    new = tuple.__new__
    for segment in transcript.segments:
        start, end = segment.start + shift, max(segment.end, segment.start) + shift
        if segment.words:
            # tuple.__new__: a named tuple's own constructor is a Python call, per word
            timed = [
                new(TimedWord, (w_start + shift, w_end + shift, text))
                for w_start, w_end, text in ((w[0], w[1], w[2].strip()) for w in segment.words)
                if text
            ]
            words = tuple(timed)
        else:
            parts = segment.text.split()
            step = (end - start) / max(len(parts), 1)
            words = tuple(
                TimedWord(start + i * step, start + (i + 1) * step, p) for i, p in enumerate(parts)
            )
        lines += split_at_phases(Line(start, end, segment.text.strip(), "", words), spans)
    return lines


def split_at_phases(line: Line, spans: Sequence[PhaseSpan]) -> list[Line]:
    """`line` with its phase, or in parts, one per phase its words were said in: a part's
    words are those that start in that phase, and the parts meet where the phase began."""
    parts: list[tuple[str, list[TimedWord]]] = []
    for word in line.words:
        phase = phase_at(spans, word.start)
        if parts and parts[-1][0] == phase:
            parts[-1][1].append(word)
        else:
            parts.append((phase, [word]))
    if len(parts) <= 1:
        phase = parts[0][0] if parts else phase_at(spans, line.start)
        return [Line(line.start, line.end, line.text, phase, line.words)]
    starts = {span.name: span.start for span in spans}
    lines = []
    for index, (phase, words) in enumerate(parts):
        begin = line.start if index == 0 else starts.get(phase, words[0].start)
        stop = (
            line.end if index == len(parts) - 1 else starts.get(parts[index + 1][0], words[-1].end)
        )
        begin = min(max(begin, line.start), line.end)
        stop = min(max(stop, begin), line.end)
        lines.append(Line(begin, stop, " ".join(w.text for w in words), phase, tuple(words)))
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


def recorded_window(
    session: Session, transcript: Transcript | None, lines: Sequence[Line | Stretch]
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
