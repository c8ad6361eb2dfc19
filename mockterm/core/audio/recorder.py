"""Microphone capture streamed to a crash-safe WAV file, plus the silence gate live mode cuts at.

The capture callback only queues what PortAudio hands it; a writer thread writes it to disk at
once, so a recording is never held in memory and a `kill -9` loses at most the blocks in flight.
sounddevice and numpy are imported only when a recording starts.
"""

from __future__ import annotations

import contextlib
import math
import queue
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mockterm.core.audio import devices
from mockterm.core.audio.devices import AudioError, explain_portaudio_error, resolve_device
from mockterm.core.audio.wav import CHANNELS, SAMPLE_RATE, SAMPLE_WIDTH, WavWriter

BLOCK_SECONDS = 0.1
SYNC_SECONDS = 0.5
"""How often the WAV header is brought up to date and the file fsynced."""
STALL_SECONDS = 5.0
"""No block from a running input for this long: the device is gone (unplugged, the sound server
stopped). PortAudio says nothing then; its callbacks just stop. Blocks come every 0.1 s, paused
or not, so only a device that went away (or a machine stalled for seconds) is this late; a late
report costs a few seconds of silence, a false one would end a good recording."""
FIRST_BLOCK_SECONDS = 15.0
"""The same for the first block: PulseAudio waking up may take a few seconds to deliver it."""
LOST_DEVICE = (
    "recording stopped: the input device stopped sending sound (unplugged, or the sound server "
    "stopped); the audio up to then is kept"
)


# --- level --------------------------------------------------------------------------------------


def rms_level(pcm: bytes) -> float:
    """Root mean square of 16-bit samples, 0..1 of full scale."""
    if not pcm:
        return 0.0
    import numpy as np

    samples = np.frombuffer(pcm, dtype=np.int16).astype(np.float32)
    return float(np.sqrt(np.mean(samples * samples)) / 32768.0)


def meter_level(rms: float, floor_db: float = -60.0) -> float:
    """0..1 for a level meter: dBFS mapped linearly from `floor_db` (0) to 0 dB (1)."""
    if rms <= 0:
        return 0.0
    db = 20 * math.log10(rms)
    return min(max((db - floor_db) / -floor_db, 0.0), 1.0)


# --- the recorder -------------------------------------------------------------------------------

BlockListener = Callable[[int, int, float, bool], None]
"""Called by the writer thread per block: (first frame, frames, rms, paused)."""


class Recorder:
    """Records the microphone into a WAV file in `path`, streaming as it goes.

    Pausing keeps the stream open and writes silence in place of the input, so the file's time
    line stays the session's: audio second t is session offset `start_offset + t`.
    """

    def __init__(
        self,
        path: Path,
        *,
        device: str | int | None = None,
        samplerate: int = SAMPLE_RATE,
        block_seconds: float = BLOCK_SECONDS,
        sync_seconds: float = SYNC_SECONDS,
        stall_seconds: float = STALL_SECONDS,
        on_block: BlockListener | None = None,
        on_error: Callable[[str], object] | None = None,
    ) -> None:
        self.path = path
        self.device = device
        self.samplerate = samplerate
        self.block_seconds = block_seconds
        self.sync_seconds = sync_seconds
        self.stall_seconds = stall_seconds
        self.on_block = on_block
        self.on_error = on_error
        """Called (from the writer thread) with `error` when the recording stops by itself."""
        self.overflows = 0
        self.frames = 0
        self.level = 0.0
        """The last block's level, 0..1 (see `meter_level`); 0 while paused."""
        self._peak = 0.0
        self.error = ""
        """Why the writer stopped early (disk full, the device gone...), or empty."""
        self.listener_error = ""
        """Why `on_block` was dropped (it raised), or empty; the recording goes on."""
        self.started_at: float | None = None
        """time.monotonic() when the stream was started."""
        self.start_delay = 0.0
        """Seconds from `started_at` to the first sample captured: audio second 0 is then.
        Some inputs (PulseAudio waking up) take a second or more to deliver anything."""
        self._paused = False
        self._queue: queue.SimpleQueue[tuple[bytes, bool, bool, float] | tuple[()] | None] = (
            queue.SimpleQueue()
        )
        self._stream: Any = None
        self._running = threading.Event()
        """Set from the stream's start until stop(): only then is silence from it a lost device."""
        self._writer: WavWriter | None = None
        self._thread: threading.Thread | None = None

    @property
    def seconds(self) -> float:
        """Length of the audio written so far (pauses included, as silence)."""
        return self.frames / self.samplerate

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Open the input and start writing; AudioError (one line) when that is impossible."""
        sd = devices.load_sounddevice()
        device = resolve_device(self.device)
        stream = self._open(sd, device)
        try:
            self._writer = WavWriter(self.path, self.samplerate)
        except OSError as exc:
            stream.close()
            raise AudioError(f"recording is off: cannot write {self.path}: {exc}") from None
        self._thread = threading.Thread(target=self._write_loop, name="mockterm-audio-writer")
        self._thread.daemon = True
        self._thread.start()
        self._stream = stream
        try:
            self.started_at = time.monotonic()
            stream.start()
            self._running.set()
        except Exception as exc:
            self._stream = None
            self._queue.put(None)
            self._thread.join()
            self._thread = None
            stream.close()
            raise explain_portaudio_error(exc) from None

    def _open(self, sd: Any, device: int | None) -> Any:
        def open_at(rate: int) -> Any:
            return sd.RawInputStream(
                samplerate=rate,
                blocksize=int(rate * self.block_seconds),
                device=device,
                channels=CHANNELS,
                dtype="int16",
                callback=self._callback,
            )

        try:
            return open_at(self.samplerate)
        except Exception as exc:
            if "sample rate" not in str(exc).lower():
                raise explain_portaudio_error(exc) from None
        # a hardware device without 16 kHz: record at its own rate (transcription resamples)
        try:
            info = sd.query_devices(device, "input")
            self.samplerate = int(info["default_samplerate"])
            return open_at(self.samplerate)
        except Exception as exc:
            raise explain_portaudio_error(exc) from None

    def _callback(self, indata: Any, frames: int, time_info: Any, status: Any) -> None:
        # PortAudio's thread: copy and queue, nothing else (no I/O, no locks, no numpy)
        self._queue.put(
            (bytes(indata), self._paused, bool(status.input_overflow), time.monotonic())
        )

    def _write_loop(self) -> None:
        writer = self._writer
        assert writer is not None
        last_sync = last_block = time.monotonic()
        while True:
            try:
                item = self._queue.get(timeout=self.sync_seconds)
            except queue.Empty:
                item = ()
            if item is None:
                break
            if not item and self._lost(time.monotonic() - last_block):
                self.error = LOST_DEVICE
                break
            if item:
                last_block = time.monotonic()
                data, paused, overflow, arrived = item
                if self.frames == 0 and self.started_at is not None:
                    self.start_delay = self._first_sample_delay(arrived, len(data))
                if overflow:
                    self.overflows += 1
                if paused:
                    data = bytes(len(data))
                first = self.frames
                try:
                    writer.write(data)
                except OSError as exc:
                    self.error = f"recording stopped: cannot write {self.path}: {exc.strerror}"
                    break
                frames = len(data) // SAMPLE_WIDTH
                self.frames += frames
                rms = 0.0 if paused else rms_level(data)
                self.level = meter_level(rms)
                self._peak = max(self._peak, self.level)
                if self.on_block is not None:
                    try:
                        self.on_block(first, frames, rms, paused)
                    except Exception as exc:  # a listener's bug must not stop the recording
                        self.on_block = None
                        self.listener_error = str(exc) or type(exc).__name__
            now = time.monotonic()
            if now - last_sync >= self.sync_seconds:
                last_sync = now
                with contextlib.suppress(OSError):
                    writer.sync()
        with contextlib.suppress(OSError):
            writer.close()  # the final header: what was recorded plays as it is
        if self.error and self.on_error is not None:
            with contextlib.suppress(Exception):
                self.on_error(self.error)

    def _lost(self, silent_for: float) -> bool:
        """The input went away: no block for too long from a stream still meant to run, or a
        stream PortAudio itself has stopped."""
        stream = self._stream
        if stream is None or not self._running.is_set():  # not started yet, or being stopped
            return False
        with contextlib.suppress(Exception):
            if not stream.active:
                return self._running.is_set()
        limit = self.stall_seconds if self.frames else max(self.stall_seconds, FIRST_BLOCK_SECONDS)
        return silent_for >= limit

    def _first_sample_delay(self, arrived: float, size: int) -> float:
        """When the first block's first sample was captured: its arrival, less its length and
        the input latency PortAudio reports."""
        assert self.started_at is not None
        latency = 0.0
        with contextlib.suppress(Exception):
            latency = float(self._stream.latency) if self._stream is not None else 0.0
        captured = arrived - size / SAMPLE_WIDTH / self.samplerate - latency
        return max(captured - self.started_at, 0.0)

    def peak_level(self) -> float:
        """The loudest block's level since the last call (0..1): a meter drawn a few times a
        second still shows a word said between two frames."""
        peak, self._peak = self._peak, 0.0
        return peak

    def pause(self) -> None:
        self._paused = True
        self.level = 0.0

    def resume(self) -> None:
        self._paused = False

    def stop(self) -> None:
        """Stop capturing, write what is queued, and close the file with a final header."""
        self._running.clear()
        stream, self._stream = self._stream, None
        if stream is not None:
            with contextlib.suppress(Exception):
                stream.stop()
            with contextlib.suppress(Exception):
                stream.close()
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None
        self.level = 0.0


# --- cutting at silences ------------------------------------------------------------------------


class Chunker:
    """Cuts the recording into chunks at pauses in speech, for live transcription.

    An energy gate: a block is silent when its RMS is under a threshold that follows the noise
    floor (four times the quietest recent level, within fixed bounds). A chunk is cut once it is
    at least `min_seconds` long and `silence_seconds` of silence have passed, or at `max_seconds`
    (Whisper's 30 s window) whatever happens. Chunks with no speech at all are dropped.

    Chunks are long (15 s at least) because Whisper encodes a full 30 s window whatever the
    chunk's length, and that encoder pass is most of a chunk's cost: 5-second chunks cost about
    three times the CPU per second of speech, enough to fall behind on a busy machine.
    """

    def __init__(
        self,
        samplerate: int = SAMPLE_RATE,
        *,
        min_seconds: float = 15.0,
        max_seconds: float = 28.0,
        silence_seconds: float = 0.5,
        lead_in_seconds: float = 0.3,
        floor_bounds: tuple[float, float] = (0.004, 0.05),
    ) -> None:
        self.samplerate = samplerate
        self.min_frames = int(min_seconds * samplerate)
        self.max_frames = int(max_seconds * samplerate)
        self.silence_frames = int(silence_seconds * samplerate)
        self.lead_in = int(lead_in_seconds * samplerate)
        self.bounds = floor_bounds
        self.start = 0
        self.end = 0
        self.speech = False
        self.silence_run = 0
        self.noise_floor = floor_bounds[0] / 4

    @property
    def threshold(self) -> float:
        low, high = self.bounds
        return min(max(self.noise_floor * 4, low), high)

    def feed(self, first: int, frames: int, rms: float, paused: bool) -> tuple[int, int] | None:
        """Take one block; returns a finished chunk (first frame, end frame) or None."""
        self.end = first + frames
        if not paused and rms > 0:
            # the floor falls at once to a quieter level and creeps up slowly (about 3 s to x2)
            self.noise_floor = min(rms, self.noise_floor * 1.02)
        silent = paused or rms < self.threshold
        if silent:
            self.silence_run += frames
            if not self.speech:
                # nothing said yet: keep only a short lead-in before the next word
                self.start = max(self.start, self.end - self.lead_in)
                return None
        else:
            self.silence_run = 0
            self.speech = True
        length = self.end - self.start
        if length >= self.max_frames or (
            length >= self.min_frames and self.silence_run >= self.silence_frames
        ):
            return self._cut()
        return None

    def flush(self) -> tuple[int, int] | None:
        """The last chunk at the end of the recording, if anything was said in it, without the
        silence after the last sound but a short tail: the user waits for this chunk, and
        Whisper would encode a second window for a long pause after its last words."""
        if self.speech and self.end > self.start:
            tail = max(0, self.silence_run - self.lead_in)
            start, end = self._cut()
            return start, end - tail
        return None

    def _cut(self) -> tuple[int, int]:
        chunk = (self.start, self.end)
        self.start = self.end
        self.speech = False
        self.silence_run = 0
        return chunk
