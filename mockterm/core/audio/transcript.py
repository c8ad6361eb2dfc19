"""A transcript and its files: segments and words, `transcript.json` (checked on reading: it is
untrusted) and `transcript.vtt`.

Segment and word times are seconds of the audio file; add the session's `[audio] offset` to
place them on the session's time line.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple

import orjson

from mockterm.core.files import atomic_write
from mockterm.core.sessions.model import SessionError
from mockterm.core.sessions.session_file import (
    LONGEST_MOCK,
    finite,
    seconds,
)
from mockterm.core.text import is_plain, plain, plain_data

TRANSCRIPT_JSON = "transcript.json"
TRANSCRIPT_VTT = "transcript.vtt"
TRANSCRIPT_VERSION = 1

VERBATIM_PROMPT = (
    "Umm, let me think, uh... So, like, hmm, I mean, you know, I'd, uh, start with the, um, "
    "the problem. Okay, so, uh, yeah."
)
"""Whisper writes clean prose unless its context shows disfluencies: this initial prompt, full of
fillers, makes it keep most "um"s and "uh"s. Most, not all: filler counts are lower bounds."""

FILLERS = ("um", "umm", "uh", "uhh", "er", "erm", "hmm", "mm", "like", "you know", "i mean")


class TranscriptionError(Exception):
    """A model that cannot be loaded or audio that cannot be read; the message says what to do."""


class Word(NamedTuple):
    """A word and its times. A named tuple, not a dataclass: a 45-minute transcript holds
    thousands, and the review index reads every transcript on its first build."""

    start: float
    end: float
    word: str
    probability: float = 1.0


@dataclass(frozen=True)
class Segment:
    """A stretch of speech; times are seconds of the audio file."""

    start: float
    end: float
    text: str
    words: tuple[Word, ...] = ()

    def shifted(self, seconds: float) -> Segment:
        return Segment(
            self.start + seconds,
            self.end + seconds,
            self.text,
            tuple(w._replace(start=w.start + seconds, end=w.end + seconds) for w in self.words),
        )


@dataclass(frozen=True)
class Transcript:
    segments: tuple[Segment, ...]
    model: str
    duration: float = 0.0
    language: str = "en"
    session_offset: float = 0.0
    """Session offset of audio second 0: session time = session_offset + segment time."""
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segments).strip()


# --- files --------------------------------------------------------------------------------------


def transcript_dict(transcript: Transcript) -> dict[str, Any]:
    return {
        "version": TRANSCRIPT_VERSION,
        "model": transcript.model,
        "language": transcript.language,
        "duration": transcript.duration,
        "session_offset": round(transcript.session_offset, 3),
        "verbatim_prompt": VERBATIM_PROMPT,
        "note": "times are seconds of the audio; filler words are kept when Whisper hears "
        "them, so filler counts are lower bounds",
        **dict(transcript.extra),
        "segments": [
            {
                "start": s.start,
                "end": s.end,
                "text": s.text,
                "words": [
                    {"start": w.start, "end": w.end, "word": w.word, "probability": w.probability}
                    for w in s.words
                ],
            }
            for s in transcript.segments
        ],
    }


def read_transcript(folder: Path) -> Transcript:
    """`transcript.json` of a session folder; TranscriptionError, in one line, for any damage
    (not JSON, nested past reason, a field missing, a time that is not a time)."""
    path = folder / TRANSCRIPT_JSON
    try:
        # orjson: several times faster than json on a transcript's thousands of word times
        raw = orjson.loads(path.read_bytes())
        fast = _clean_transcript(raw)
        if fast is not None:
            return fast
        data = plain_data(raw)  # something unusual in it: each value checked on its own
        segments = tuple(
            Segment(
                seconds(s["start"], "start"),
                seconds(s["end"], "end"),
                str(s["text"]),
                tuple(
                    Word(
                        seconds(w["start"], "start"),
                        seconds(w["end"], "end"),
                        str(w["word"]),
                        finite(w["probability"], "probability"),
                    )
                    for w in s.get("words", ())
                ),
            )
            for s in data["segments"]
        )
        return Transcript(
            segments,
            str(data.get("model", "")),
            seconds(data.get("duration", 0.0), "duration"),
            str(data.get("language", "en")),
            seconds(data.get("session_offset", 0.0), "session_offset"),
        )
    except RecursionError:
        raise TranscriptionError(f"cannot read {path}: nested too deep") from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError, SessionError) as exc:
        raise TranscriptionError(f"cannot read {path}: {exc}") from None


WordFields = tuple[float, float, str, float]
"""A word as `transcript.json` holds it: (start, end, word, probability)."""
SegmentFields = tuple[float, float, str, list[WordFields]]
"""A segment as `transcript.json` holds it: (start, end, text, its words)."""


def clean_segments(data: Any) -> list[SegmentFields] | None:
    """The segments of a transcript as mockterm writes it, checked in bulk rather than value by
    value (a 45-minute one holds thousands of word times): every time a float within a mock,
    every text a string without control characters. None when anything differs, for
    `read_transcript` to check value by value, and say which one is wrong. (Plain tuples: the
    review index needs only a few of their figures, not a `Transcript`.)"""
    if type(data) is not dict or type(data.get("segments")) is not list:
        return None
    segments: list[SegmentFields] = []
    said: list[WordFields] = []
    try:
        for s in data["segments"]:
            words = list(map(_FIELDS, s.get("words", ())))  # a C loop, not one call per word
            said += words
            segments.append((s["start"], s["end"], s["text"], words))
    except (AttributeError, KeyError, TypeError):
        return None
    times = [t for s in segments for t in (s[0], s[1])]
    times += map(_START, said)
    times += map(_END, said)
    numbers = [*times, *map(_PROBABILITY, said)]
    texts = [s[2] for s in segments]
    texts += map(_WORD, said)
    if set(map(type, numbers)) - {float} or set(map(type, texts)) - {str}:
        return None
    if not is_plain("".join(texts)) or not math.isfinite(sum(numbers)):  # no NaN, no infinity
        return None
    if times and not (min(times) >= 0 and max(times) <= LONGEST_MOCK):
        return None
    return segments


def _clean_transcript(data: Any) -> Transcript | None:
    """`clean_segments` as a `Transcript`."""
    segments = clean_segments(data)
    if segments is None:
        return None
    return Transcript(
        tuple(Segment(s, e, text, tuple(map(_word, words))) for s, e, text, words in segments),
        plain(str(data.get("model", ""))),
        seconds(data.get("duration", 0.0), "duration"),
        plain(str(data.get("language", "en"))),
        seconds(data.get("session_offset", 0.0), "session_offset"),
    )


_FIELDS = itemgetter("start", "end", "word", "probability")
_word = partial(tuple.__new__, Word)
"""Word's own constructor is a Python call, per word; this makes them in a C loop."""
_START, _END, _WORD, _PROBABILITY = (itemgetter(i) for i in range(4))


def vtt_time(seconds: float) -> str:
    millis = max(round(seconds * 1000), 0)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def to_vtt(segments: Sequence[Segment]) -> str:
    cues = ["WEBVTT", ""]
    for segment in segments:
        end = max(segment.end, segment.start + 0.001)
        cues += [f"{vtt_time(segment.start)} --> {vtt_time(end)}", segment.text, ""]
    return "\n".join(cues)


def write_transcript(folder: Path, transcript: Transcript) -> None:
    """transcript.json and transcript.vtt, each written atomically."""
    content = json.dumps(transcript_dict(transcript), indent=1, ensure_ascii=False) + "\n"
    atomic_write(folder / TRANSCRIPT_JSON, content.encode("utf-8"))
    atomic_write(folder / TRANSCRIPT_VTT, to_vtt(transcript.segments).encode("utf-8"))


def transcript_table(transcript: Transcript, status: str = "done") -> dict[str, Any]:
    """The `[transcript]` table of session.toml."""
    return {
        "status": status,
        "file": TRANSCRIPT_JSON,
        "model": transcript.model,
        "segments": len(transcript.segments),
        "words": sum(len(s.words) for s in transcript.segments),
    }
