"""Local transcription with faster-whisper, imported only when a model is loaded: the model, the
transcriber, and transcribing a saved session."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from mockterm.core.audio.transcript import (
    VERBATIM_PROMPT,
    Segment,
    Transcript,
    TranscriptionError,
    Word,
    transcript_table,
    write_transcript,
)
from mockterm.core.files import inside
from mockterm.core.sessions.lock import is_locked
from mockterm.core.sessions.model import SessionError
from mockterm.core.sessions.session_file import read_session
from mockterm.core.sessions.store import SessionStore, modify_session

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


def load_model(model: str, device: str = "auto", cpu_threads: int = 0, workers: int = 1) -> Any:
    """A faster_whisper.WhisperModel, or TranscriptionError with the fix in one line. `workers`
    replicas of the model may transcribe at once (from as many threads).

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
                    num_workers=workers,
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
    table = transcript_table(transcript)
    # as the file is now (a review may have been saved meanwhile), under the writers' lock
    modify_session(folder, lambda s: replace(s, extra={**s.extra, "transcript": table}))
    return transcript
