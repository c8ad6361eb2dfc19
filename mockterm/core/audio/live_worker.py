"""The live transcriber's worker process: Whisper, fed chunks of the recording by JSON lines on
stdin, answering with segments on stdout. `python -m mockterm.core.audio.live_worker --model M`.

While the mock runs it transcribes one chunk at a time with part of the cores, leaving the rest
to the UI and the capture; it runs as a batch task (SCHED_BATCH), which yields to them whenever
they wake yet keeps its share of the CPU. (A niced worker starved on a busy machine and left
minutes of audio for the end.) When the mock ends (stdin closes) the user is waiting for the
transcript: the last chunk goes first, on a second model replica beside the chunk in progress,
and the worker says `done` as soon as the last answer is out, before it exits.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any

from mockterm.core.audio.transcript import Segment, TranscriptionError, Word
from mockterm.core.audio.transcription import model_label, segments_from
from mockterm.core.audio.wav import SAMPLE_RATE, read_pcm

SETTLED_TAIL = 1.0
"""Seconds at a chunk's end after the last segment that are not looked at again."""


def worker_threads(cores: int | None = None) -> int:
    """Whisper's CPU threads while a mock runs: leave one core to the UI and the capture, use
    at most four."""
    cores = cores or os.cpu_count() or 1
    return max(1, min(4, cores - 1))


def replicas(cores: int | None = None) -> tuple[int, int]:
    """(model replicas, threads each): one replica works while the mock runs, both once it has
    ended; together they use every core (two on a two-core machine: one each)."""
    cores = cores or os.cpu_count() or 1
    if cores < 2:
        return 1, 1
    return 2, max(1, min(4, cores // 2))


def segment_dict(segment: Segment) -> dict[str, Any]:
    return {
        "start": segment.start,
        "end": segment.end,
        "text": segment.text,
        "words": [[w.start, w.end, w.word, w.probability] for w in segment.words],
    }


class Requests:
    """The chunks waiting, and which one a free replica takes: in order, one at a time while
    the mock runs; once it has ended, the last one first and as many at a time as there are
    replicas."""

    def __init__(self, replicas: int) -> None:
        self.replicas = replicas
        self.waiting: list[dict[str, Any]] = []
        self.running = 0
        self.ended = False
        self._changed = threading.Condition()

    def put(self, request: dict[str, Any]) -> None:
        with self._changed:
            self.waiting.append(request)
            self._changed.notify_all()

    def end(self) -> None:
        """No more chunks: the mock is over."""
        with self._changed:
            self.ended = True
            if self.waiting:
                # the chunk just cut was said last: first, beside the one in progress
                self.waiting.insert(0, self.waiting.pop())
            self._changed.notify_all()

    def take(self) -> dict[str, Any] | None:
        """The next request to transcribe (waits for one); None when all are done."""
        with self._changed:
            while True:
                limit = self.replicas if self.ended else 1
                if self.waiting and self.running < limit:
                    self.running += 1
                    return self.waiting.pop(0)
                if self.ended and not self.waiting:
                    return None
                self._changed.wait()

    def done(self) -> None:
        with self._changed:
            self.running -= 1
            self._changed.notify_all()


def load_chunk(path: str, start: int, end: int, samplerate: int) -> Any:
    import numpy as np

    pcm = read_pcm(Path(path), start, end)
    audio = np.frombuffer(pcm, dtype=np.int16).astype(np.float32) / 32768.0
    if samplerate != SAMPLE_RATE and len(audio):
        # a device without 16 kHz was recorded at its own rate: resample linearly for Whisper
        count = int(len(audio) * SAMPLE_RATE / samplerate)
        audio = np.interp(
            np.linspace(0, len(audio) - 1, count), np.arange(len(audio)), audio
        ).astype(np.float32)
    return audio


def chunk_segments(raw: Any, shift: float, seconds: float) -> list[Segment]:
    """A chunk's segments, shifted to the file's time, up to the last one that ends near the
    chunk's end. Whisper saw the whole chunk in its first window; with word timestamps it would
    encode a second window for the fraction of a second after the last word (a chunk ends in a
    pause), which costs as much as the first and finds nothing in it."""
    out = []
    for segment in segments_from(raw, shift):
        out += sentences(segment)
        if segment.end - shift >= seconds - SETTLED_TAIL:
            break  # the generator is left unfinished: no second window
    return out


def sentences(segment: Segment) -> list[Segment]:
    """The segment cut after each word that ends a sentence. In a long chunk Whisper may give
    several sentences as one segment, and a segment is placed in the mock's phases (and shown)
    as a whole."""
    parts: list[list[Word]] = [[]]
    for word in segment.words:
        if parts[-1] and parts[-1][-1].word.rstrip("\"')").endswith((".", "?", "!")):
            parts.append([])
        parts[-1].append(word)
    if len(parts) < 2:
        return [segment]
    return [Segment(p[0].start, p[-1].end, " ".join(w.word for w in p), tuple(p)) for p in parts]


def chunk_options(
    options: Mapping[str, Any], request: Mapping[str, Any], ended: bool
) -> dict[str, Any]:
    """The settings for one chunk: once the mock has ended the user waits, so the chunk cut at
    the end and any still waiting are decoded greedily (a beam of 1: a fifth less CPU for a
    few more misheard words)."""
    return {**options, "beam_size": 1} if request.get("last") or ended else dict(options)


def answer(model: Any, request: Mapping[str, Any], options: Mapping[str, Any]) -> dict[str, Any]:
    """The reply to one request: its segments (in the file's time), or why there are none."""
    began = time.perf_counter()
    reply: dict[str, Any] = {"id": request.get("id")}
    try:
        if request.get("whole"):
            raw, _info = model.transcribe(str(request["path"]), **options)
            segments = list(segments_from(raw))
        else:
            rate = int(request.get("samplerate", SAMPLE_RATE))
            audio = load_chunk(request["path"], request["start"], request["end"], rate)
            raw, _info = model.transcribe(audio, **options)
            segments = chunk_segments(raw, int(request["start"]) / rate, len(audio) / SAMPLE_RATE)
        reply["segments"] = [segment_dict(s) for s in segments]
    except Exception as exc:  # one bad chunk must not end the worker
        reply["error"] = str(exc) or type(exc).__name__
    reply["seconds"] = round(time.perf_counter() - began, 3)
    return reply


def serve(model_name: str, device: str, cores: int | None, out: IO[str]) -> int:
    from mockterm.core.audio.transcription import load_model, transcribe_options

    lock = threading.Lock()

    def send(message: Mapping[str, Any]) -> None:
        with lock:
            out.write(json.dumps(message) + "\n")
            out.flush()

    count, threads = replicas(cores)
    try:
        model = load_model(model_name, device, cpu_threads=threads, workers=count)
    except TranscriptionError as exc:
        send({"error": str(exc)})
        return 1
    send({"ready": model_label(model_name)})
    options = transcribe_options()
    requests = Requests(count)

    def work() -> None:
        while (request := requests.take()) is not None:
            try:
                send(answer(model, request, chunk_options(options, request, requests.ended)))
            finally:
                requests.done()

    workers = [threading.Thread(target=work, daemon=True) for _ in range(count)]
    for worker in workers:
        worker.start()
    for line in sys.stdin:
        with contextlib.suppress(ValueError):
            requests.put(json.loads(line))
    requests.end()
    for worker in workers:
        worker.join()
    send({"done": True})  # the parent stops waiting here, not when this process has exited
    return 0


def run_as_batch() -> None:
    """Yield to the UI and the capture when they wake, but keep a fair share of the CPU: at
    the end of the mock the user waits for what is left. Where there is no SCHED_BATCH (macOS),
    a nice value instead."""
    try:
        os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))
    except (AttributeError, OSError):
        with contextlib.suppress(OSError):
            os.nice(10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mockterm.core.audio.live_worker")
    parser.add_argument("--model", required=True)
    parser.add_argument("--device", default="auto")
    parser.add_argument("--cores", type=int, default=None, help="cores to plan for (default: all)")
    args = parser.parse_args(argv)
    run_as_batch()  # before any thread starts: they inherit it
    # our stdout is the protocol: anything a library prints goes to stderr instead
    out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    try:
        return serve(args.model, args.device, args.cores, out)
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    sys.exit(main())
