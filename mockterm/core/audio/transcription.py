"""Local transcription with faster-whisper: `transcript.json` (segments and words) and `.vtt`.

faster_whisper is imported only when a model is loaded. Segment and word times are seconds of
the audio file; add the session's `[audio] offset` to place them on the session's time line.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple

import orjson

from mockterm.core.files import atomic_write, inside
from mockterm.core.sessions.lock import is_locked
from mockterm.core.sessions.model import SessionError
from mockterm.core.sessions.session_file import (
    LONGEST_MOCK,
    finite,
    read_session,
    seconds,
    write_session,
)
from mockterm.core.sessions.store import SessionStore
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


# --- the model ----------------------------------------------------------------------------------


def is_model_dir(model: str) -> bool:
    path = Path(model).expanduser()
    return path.is_dir() and (path / "model.bin").exists()


def model_label(model: str) -> str:
    """A short name for messages and files: the name, or a directory's last part."""
    if not is_model_dir(model):
        return model
    path = Path(model).expanduser().resolve()
    # packaged models often sit in a folder called "model": name the package too
    return f"{path.parent.name}/{path.name}" if path.name == "model" else path.name


def pick_device(device: str = "auto") -> tuple[str, str]:
    """(device, compute type): CUDA float16 when asked or present, else CPU int8."""
    if device == "cpu":
        return "cpu", "int8"
    try:
        import ctranslate2

        cuda = ctranslate2.get_cuda_device_count() > 0
    except Exception:
        cuda = False
    if cuda:
        return "cuda", "float16"
    return "cpu", "int8"


def load_model(model: str, device: str = "auto", cpu_threads: int = 0) -> Any:
    """A faster_whisper.WhisperModel, or TranscriptionError with the fix in one line.

    A local directory is used as is. A name is looked up in the Hugging Face cache first; it is
    downloaded only when it is missing and the network is allowed (HF_HUB_OFFLINE unset).
    """
    try:
        from faster_whisper import WhisperModel
    except ImportError:
        raise TranscriptionError(
            "transcription is off: faster-whisper is not installed; run "
            "pip install 'mockterm[audio]'"
        ) from None
    where, compute = pick_device(device)
    local = is_model_dir(model)
    if not local and (Path(model).expanduser().exists() or os.sep in model):
        raise TranscriptionError(
            f"{model} is not a Whisper model directory (it needs model.bin); set whisper_model "
            "to a model name like base.en or to a CTranslate2 model directory"
        )
    path = str(Path(model).expanduser()) if local else model
    attempts = [True] if local or os.environ.get("HF_HUB_OFFLINE") else [True, False]
    # a broken CUDA install should not cost the user their transcript: fall back to the CPU
    devices = [(where, compute)] + ([("cpu", "int8")] if where == "cuda" else [])
    last: Exception | None = None
    for local_only in attempts:
        for target, compute_type in devices:
            try:
                return WhisperModel(
                    path,
                    device=target,
                    compute_type=compute_type,
                    cpu_threads=cpu_threads,
                    local_files_only=local_only,
                )
            except Exception as exc:
                last = exc
    if local:
        raise TranscriptionError(f"cannot load the Whisper model in {model}: {last}")
    raise TranscriptionError(
        f"the Whisper model {model!r} is not on this machine and could not be downloaded "
        "(offline?); connect once and run `mockterm doctor`, or set whisper_model to a local "
        "model directory. The audio is kept: `mockterm transcribe --pending` does it later"
    )


def transcribe_options() -> dict[str, Any]:
    """The faster-whisper settings mockterm uses, the same for whole files and live chunks."""
    # English-only models (*.en) need no language; multilingual ones detect it. Conditioning on
    # the previous window's text is off and silent stretches are skipped when Whisper starts to
    # invent words in them: with the filler-heavy prompt, both otherwise make it loop ("uh, uh,
    # uh...") after the speech ends. The prompt steers each live chunk, or a file's first window.
    return {
        "beam_size": 5,
        "word_timestamps": True,
        "vad_filter": True,
        "initial_prompt": VERBATIM_PROMPT,
        "condition_on_previous_text": False,
        "hallucination_silence_threshold": 1.0,
    }


def segments_from(raw: Iterable[Any], offset: float = 0.0) -> Iterable[Segment]:
    """faster-whisper's segments as ours, shifted by `offset` seconds."""
    for seg in raw:
        text = str(seg.text).strip()
        if not text:
            continue
        words = tuple(
            Word(
                round(float(w.start) + offset, 3),
                round(float(w.end) + offset, 3),
                str(w.word).strip(),
                round(float(w.probability), 3),
            )
            for w in (seg.words or ())
        )
        yield Segment(
            round(float(seg.start) + offset, 3), round(float(seg.end) + offset, 3), text, words
        )


class Transcriber:
    """Transcribes audio files (or arrays) with one model, loaded on first use."""

    def __init__(self, model: str = "base.en", device: str = "auto", cpu_threads: int = 0) -> None:
        self.model_name = model
        self.device = device
        self.cpu_threads = cpu_threads
        self._model: Any = None

    def load(self) -> Any:
        if self._model is None:
            self._model = load_model(self.model_name, self.device, self.cpu_threads)
        return self._model

    def transcribe(
        self,
        audio: Path | Any,
        progress: Callable[[float, float], None] | None = None,
    ) -> Transcript:
        """The transcript of a file path or a 16 kHz float32 array; `progress(done, total)` is
        called with seconds of audio as segments come out."""
        model = self.load()
        source = str(audio) if isinstance(audio, Path) else audio
        try:
            raw, info = model.transcribe(source, **transcribe_options())
            segments = []
            for segment in segments_from(raw):
                segments.append(segment)
                if progress is not None:
                    progress(min(segment.end, info.duration), info.duration)
        except (OSError, ValueError, RuntimeError) as exc:
            raise TranscriptionError(f"cannot transcribe {audio}: {exc}") from None
        if progress is not None:
            progress(info.duration, info.duration)
        return Transcript(
            tuple(segments),
            model_label(self.model_name),
            round(float(info.duration), 3),
            str(info.language or "en"),
        )


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


def _clean_transcript(data: Any) -> Transcript | None:
    """A transcript as mockterm writes it, checked in bulk rather than value by value (a
    45-minute one holds thousands of word times): every time a float within a mock, every text
    a string without control characters. None when anything differs, for `read_transcript` to
    check value by value, and say which one is wrong."""
    if type(data) is not dict or type(data.get("segments")) is not list:
        return None
    new = tuple.__new__
    segments = []
    said: list[Word] = []
    try:
        for s in data["segments"]:
            words = [
                # tuple.__new__: Word's own constructor is a Python call, per word
                new(Word, (w["start"], w["end"], w["word"], w["probability"]))
                for w in s.get("words", ())
            ]
            said += words
            segments.append(Segment(s["start"], s["end"], s["text"], tuple(words)))
    except (AttributeError, KeyError, TypeError):
        return None
    times = [t for s in segments for t in (s.start, s.end)]
    times += map(_START, said)
    times += map(_END, said)
    numbers = [*times, *map(_PROBABILITY, said)]
    texts = [s.text for s in segments]
    texts += map(_WORD, said)
    if set(map(type, numbers)) - {float} or set(map(type, texts)) - {str}:
        return None
    if not is_plain("".join(texts)) or not math.isfinite(sum(numbers)):  # no NaN, no infinity
        return None
    if times and not (min(times) >= 0 and max(times) <= LONGEST_MOCK):
        return None
    return Transcript(
        tuple(segments),
        plain(str(data.get("model", ""))),
        seconds(data.get("duration", 0.0), "duration"),
        plain(str(data.get("language", "en"))),
        seconds(data.get("session_offset", 0.0), "session_offset"),
    )


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


# --- sessions -----------------------------------------------------------------------------------


def audio_path(folder: Path, extra: Mapping[str, Any]) -> Path | None:
    """The session's recording, when there is one inside its folder."""
    audio = extra.get("audio")
    if not isinstance(audio, Mapping) or not audio.get("file"):
        return None
    path = inside(folder, str(audio["file"]))
    return path if path is not None and path.is_file() else None


def needs_transcript(folder: Path) -> bool:
    """A finished session with audio and no finished transcript."""
    try:
        session = read_session(folder)
    except SessionError:
        return False
    if session.status == "running" or audio_path(folder, session.extra) is None:
        return False
    table = session.extra.get("transcript")
    return not (isinstance(table, Mapping) and table.get("status") == "done")


def pending_sessions(store: SessionStore) -> list[Path]:
    return [f for f in store.folders() if needs_transcript(f) and not is_locked(f)]


def transcribe_session(
    folder: Path,
    transcriber: Transcriber,
    progress: Callable[[float, float], None] | None = None,
) -> Transcript:
    """Transcribe a saved session's audio and record the result in its session.toml."""
    session = read_session(folder)
    if session.status == "running" and is_locked(folder):
        raise TranscriptionError(f"{folder.name} is still being recorded; wait until it ends")
    path = audio_path(folder, session.extra)
    if path is None:
        raise TranscriptionError(f"{folder.name} has no recording to transcribe")
    from mockterm.core.audio.wav import repair_wav

    repair_wav(path)  # a crash may have left the header behind the data
    audio = session.extra.get("audio", {})
    offset = float(audio.get("offset", 0.0)) if isinstance(audio, Mapping) else 0.0
    transcript = replace(transcriber.transcribe(path, progress), session_offset=offset)
    write_transcript(folder, transcript)
    session = read_session(folder)  # re-read: keep anything written meanwhile
    extra = {**session.extra, "transcript": transcript_table(transcript)}
    write_session(folder, replace(session, extra=extra))
    return transcript
