"""A transcript and its files: segments and words, `transcript.json` (checked on reading: it is
untrusted) and `transcript.vtt`.

Segment and word times are seconds of the audio file; add the session's `[audio] offset` to
place them on the session's time line.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import chain
from operator import attrgetter
from pathlib import Path
from typing import Annotated, Any, NamedTuple

import msgspec
from msgspec.structs import astuple

from mockterm.core.files import atomic_write
from mockterm.core.sessions.model import SessionError
from mockterm.core.sessions.session_file import (
    LONGEST_MOCK,
    finite,
    seconds,
)
from mockterm.core.text import is_plain, plain_data

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
        raw = path.read_bytes()
        record = transcript_record(raw)
        if record is not None:
            return Transcript(
                tuple(
                    Segment(s.start, s.end, s.text, tuple(map(_word, map(astuple, s.words))))
                    for s in record.segments
                ),
                record.model,
                record.duration,
                record.language,
                record.session_offset,
            )
        # something unusual in it: each value checked on its own, to say which is wrong
        data = plain_data(msgspec.json.decode(raw))
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


_Time = Annotated[float, msgspec.Meta(ge=0, le=LONGEST_MOCK)]
"""Seconds into a mock, as `seconds` takes them. (JSON has no infinity or NaN, and a number out
of a float's range is refused: every float decoded is finite.)"""


class WordRecord(msgspec.Struct, frozen=True, gc=False):
    """A word as `transcript.json` holds it (`transcript_record`)."""

    start: _Time
    end: _Time
    word: str
    probability: float


class SegmentRecord(msgspec.Struct, frozen=True, gc=False):
    """A segment as `transcript.json` holds it (`transcript_record`)."""

    start: _Time
    end: _Time
    text: str
    words: tuple[WordRecord, ...] = ()


class TranscriptRecord(msgspec.Struct, frozen=True, gc=False):
    """`transcript.json` as mockterm writes it (`transcript_record`); other keys are left out."""

    segments: tuple[SegmentRecord, ...]
    model: str = ""
    duration: _Time = 0.0
    language: str = "en"
    session_offset: _Time = 0.0


_DECODER = msgspec.json.Decoder(TranscriptRecord)
_WORDS = attrgetter("words")
_TEXT = attrgetter("word")


def transcript_record(raw: bytes) -> TranscriptRecord | None:
    """The bytes of a `transcript.json` as mockterm writes it, decoded and checked in one pass
    in C (a 45-minute one holds thousands of word times): every time within a mock, every text
    a string without control characters. None for anything else, for `read_transcript` to check
    value by value and say what is wrong. (The review index needs only a few figures of each
    transcript, not a `Transcript`.)"""
    try:
        record = _DECODER.decode(raw)
    except (msgspec.DecodeError, RecursionError):
        return None
    texts = [record.model, record.language]
    texts += (s.text for s in record.segments)
    texts += map(_TEXT, chain.from_iterable(map(_WORDS, record.segments)))
    return record if is_plain("".join(texts)) else None


_word = partial(tuple.__new__, Word)
"""Word's own constructor is a Python call, per word; this makes them in a C loop."""


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
