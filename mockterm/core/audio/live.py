"""Live transcription: Whisper in its own process, fed chunks of the recording cut at silences.

Whisper in the app's process would hold the GIL long enough to make the audio callback and the
UI tick late; in a child process (`live_worker.py`: a batch task, with part of the cores while
the mock runs) it cannot. The model is loaded once per mock. The child reads each chunk straight
from the WAV being written, so only frame numbers cross the pipe (JSON lines on stdin/stdout).
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mockterm.core.audio.devices import AudioError
from mockterm.core.audio.live_worker import replicas
from mockterm.core.audio.recorder import Chunker, Recorder
from mockterm.core.audio.transcript import (
    Segment,
    Transcript,
    TranscriptionError,
    Word,
    transcript_table,
    write_transcript,
)
from mockterm.core.audio.transcription import model_label
from mockterm.core.audio.wav import AUDIO_FILE, SAMPLE_RATE

if TYPE_CHECKING:
    from mockterm.core.config import Config

SegmentListener = Callable[[Segment], object]
ProblemListener = Callable[[str], object]


def _segment_from(data: Mapping[str, Any]) -> Segment:
    return Segment(
        float(data["start"]),
        float(data["end"]),
        str(data["text"]),
        tuple(Word(float(a), float(b), str(w), float(p)) for a, b, w, p in data.get("words", ())),
    )


class LiveTranscriber:
    """The parent's side of the worker process: submit chunks, get segments back in order."""

    def __init__(
        self,
        model: str,
        device: str = "auto",
        *,
        cores: int | None = None,
        on_segment: SegmentListener | None = None,
        on_problem: ProblemListener | None = None,
    ) -> None:
        self.model = model
        self.device = device
        self.cores = cores
        """The cores the worker plans for (`live_worker.replicas`); None: all of them."""
        self.on_segment = on_segment
        self.on_problem = on_problem
        self.segments: list[Segment] = []
        self.error = ""
        self.ready = threading.Event()
        self.submitted = 0
        self.answered = 0
        self.busy_seconds = 0.0
        """Seconds the worker spent transcribing (not loading)."""
        self._process: subprocess.Popen[str] | None = None
        self._reader: threading.Thread | None = None
        self._lock = threading.Lock()

    def start(self) -> None:
        threads = str(replicas(self.cores)[1])
        env = {
            **os.environ,
            "OMP_NUM_THREADS": threads,
            "MKL_NUM_THREADS": threads,
            "PYTHONUNBUFFERED": "1",
        }
        command = [sys.executable, "-m", "mockterm.core.audio.live_worker"]
        command += ["--model", self.model, "--device", self.device]
        if self.cores:
            command += ["--cores", str(self.cores)]
        try:
            self._process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                env=env,
                bufsize=1,
            )
        except OSError as exc:
            self._fail(f"live transcription is off: cannot start its worker: {exc}")
            return
        self._reader = threading.Thread(target=self._read, name="mockterm-live", daemon=True)
        self._reader.start()

    def _fail(self, message: str) -> None:
        if not self.error:
            self.error = message
            if self.on_problem is not None:
                self.on_problem(message)

    def _read(self) -> None:
        process = self._process
        assert process is not None and process.stdout is not None
        for line in process.stdout:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if "done" in message:
                return  # every chunk is answered: its exit is not waited for
            if "ready" in message:
                self.ready.set()
            elif "error" in message and "id" not in message:
                self._fail(str(message["error"]))
            elif "id" in message:
                self.answered += 1
                self.busy_seconds += float(message.get("seconds", 0.0))
                if "error" in message:
                    self._fail(f"live transcription failed on a chunk: {message['error']}")
                for data in message.get("segments", ()):
                    segment = _segment_from(data)
                    self.segments.append(segment)
                    if self.on_segment is not None:
                        self.on_segment(segment)
        process.wait()
        if process.returncode not in (0, None) and not self.error:
            self._fail(f"live transcription stopped (worker exit code {process.returncode})")

    def _send(self, request: Mapping[str, Any]) -> bool:
        process = self._process
        if process is None or process.stdin is None or self.error:
            return False
        with self._lock:
            try:
                process.stdin.write(json.dumps(request) + "\n")
                process.stdin.flush()
            except (BrokenPipeError, OSError, ValueError):
                return False
            self.submitted += 1
        return True

    def submit(
        self, path: Path, start: int, end: int, samplerate: int = SAMPLE_RATE, *, last: bool = False
    ) -> bool:
        """Queue frames [start, end) of the WAV at `path` (`last`: the chunk cut when the
        recording stopped, which the user waits for); False when the worker is gone."""
        request = {"id": self.submitted, "path": str(path), "start": start, "end": end}
        return self._send({**request, "samplerate": samplerate, "last": last})

    def submit_file(self, path: Path) -> bool:
        """Queue a whole file (batch mode: Whisper cuts it itself)."""
        return self._send({"id": self.submitted, "path": str(path), "whole": True})

    @property
    def pending(self) -> int:
        return self.submitted - self.answered

    def finish(self, timeout: float | None = None) -> list[Segment]:
        """Wait until every chunk submitted so far is transcribed, stop the worker, and return
        all segments in time order (those finished before a timeout)."""
        process = self._process
        if process is not None and process.stdin is not None:
            with self._lock, contextlib.suppress(OSError, ValueError):
                process.stdin.close()  # the worker finishes its queue and exits on EOF
        if self._reader is not None:
            self._reader.join(timeout)
            if self._reader.is_alive():
                self._fail("live transcription timed out; run `mockterm transcribe --pending`")
        self.close()
        return sorted(self.segments, key=lambda s: s.start)

    def close(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(5)


class SessionRecording:
    """What a mock records: the Recorder, and (live mode) chunks sent to a LiveTranscriber.

    Implements the recording hooks MockSession calls (pause, resume, stop, info).
    """

    def __init__(
        self,
        folder: Path,
        *,
        device: str | int | None = None,
        model: str = "base.en",
        whisper_device: str = "auto",
        live: bool = True,
        on_segment: SegmentListener | None = None,
        on_problem: ProblemListener | None = None,
        on_level: Callable[[float], object] | None = None,
        transcribe: bool = True,
    ) -> None:
        self.folder = folder
        self.path = folder / AUDIO_FILE
        self.model = model
        self.live = live
        self.transcribe = transcribe
        self.offset = 0.0
        self.on_problem = on_problem
        self.on_level = on_level
        self.recorder = Recorder(
            self.path, device=device, on_block=self._block, on_error=self._stopped_by_itself
        )
        self.chunker = Chunker(SAMPLE_RATE)
        self.transcriber: LiveTranscriber | None = None
        if transcribe:
            self.transcriber = LiveTranscriber(
                model, whisper_device, on_segment=on_segment, on_problem=on_problem
            )
        self.status = "off"
        self.stopped_at: float | None = None
        """time.monotonic() when recording stopped: the end of the mock."""

    @property
    def audio_offset(self) -> float:
        """The session offset of audio second 0."""
        return self.offset + self.recorder.start_delay

    @classmethod
    def from_config(
        cls,
        folder: Path,
        config: Config,
        *,
        on_segment: SegmentListener | None = None,
        on_problem: ProblemListener | None = None,
        on_level: Callable[[float], object] | None = None,
    ) -> SessionRecording:
        """The recording the config asks for (input device, Whisper model, live or not)."""
        return cls(
            folder,
            device=config.input_device or None,
            model=config.whisper_model,
            whisper_device=config.whisper_device,
            live=config.live_transcription,
            on_segment=on_segment,
            on_problem=on_problem,
            on_level=on_level,
        )

    def start(self, session_offset: float) -> None:
        """Start capturing and the Whisper worker; AudioError (one line: why, what to do)
        when it cannot."""
        self.offset = session_offset
        try:
            self.recorder.start()
        except AudioError:
            raise
        except Exception as exc:  # whatever PortAudio does, the user gets one line
            raise AudioError(f"recording is off: {exc}; see `mockterm doctor`") from exc
        self.chunker = Chunker(self.recorder.samplerate)
        self.status = "recording"
        if self.transcriber is not None:
            self.transcriber.start()

    def _block(self, first: int, frames: int, rms: float, paused: bool) -> None:
        if self.on_level is not None:
            self.on_level(self.recorder.level)
        if not (self.live and self.transcriber is not None):
            return
        chunk = self.chunker.feed(first, frames, rms, paused)
        if chunk is not None:
            self.transcriber.submit(self.path, *chunk, self.recorder.samplerate)

    def _stopped_by_itself(self, error: str) -> None:
        # the writer thread: the device went away or the disk filled. Said at once, and the
        # next heartbeat saves `[audio] status = "failed"` with the reason; the mock goes on
        self.status = "failed"
        if self.on_problem is not None:
            self.on_problem(error)

    def pause(self) -> None:
        self.recorder.pause()

    def resume(self) -> None:
        self.recorder.resume()

    def stop(self) -> None:
        if self.status == "off" or self.stopped_at is not None:
            return
        self.recorder.stop()
        self.stopped_at = time.monotonic()
        # a recording that stopped by itself has said why (`_stopped_by_itself`)
        self.status = "failed" if self.recorder.error else "stopped"
        if self.transcriber is None:
            return
        if self.live:
            last = self.chunker.flush()
            if last is not None:
                self.transcriber.submit(self.path, *last, self.recorder.samplerate, last=True)
        else:
            self.transcriber.submit_file(self.path)

    def info(self) -> dict[str, Any]:
        """The `[audio]` table of session.toml."""
        table: dict[str, Any] = {
            "file": AUDIO_FILE,
            "format": "wav pcm_s16le mono",
            "samplerate": self.recorder.samplerate,
            "offset": round(self.audio_offset, 3),
            "seconds": round(self.recorder.seconds, 3),
            "overflows": self.recorder.overflows,
            "pauses": "silence",
            "status": self.status,
        }
        if self.recorder.error:
            table["error"] = self.recorder.error
        return table

    def finish_transcript(self, timeout: float | None = 600.0) -> dict[str, Any]:
        """After `stop()`: wait for the worker, write transcript.json/.vtt, and return the
        `[transcript]` table (status done, or pending with the reason)."""
        if self.transcriber is None:
            return {"status": "pending"}
        segments = self.transcriber.finish(timeout)
        if self.transcriber.error:
            return {"status": "pending", "error": self.transcriber.error}
        transcript = Transcript(
            tuple(segments),
            model_label(self.model),
            round(self.recorder.seconds, 3),
            session_offset=self.audio_offset,
            extra={"live": self.live},
        )
        try:
            write_transcript(self.folder, transcript)
        except OSError as exc:
            return {"status": "pending", "error": f"cannot write the transcript: {exc}"}
        return transcript_table(transcript)

    def finish_in_background(self, done: Callable[[dict[str, Any]], object]) -> None:
        """After `stop()`: finish the transcript in a daemon thread, then `done(table)` from that
        thread. A daemon, so quitting never waits for Whisper: the transcript is then left
        pending for `mockterm transcribe --pending`."""
        if self.status == "off":
            return
        threading.Thread(
            target=lambda: done(self.finish_transcript()), name="mockterm-transcript", daemon=True
        ).start()

    def close(self) -> None:
        """Stop everything at once (the app is quitting)."""
        self.stop()
        if self.transcriber is not None:
            self.transcriber.close()


__all__ = ["AudioError", "LiveTranscriber", "SessionRecording", "TranscriptionError"]
