"""Microphone capture streamed to a crash-safe WAV file, plus the silence gate live mode cuts at.

The capture callback only queues what PortAudio hands it; a writer thread writes it to disk at
once, so a recording is never held in memory and a `kill -9` loses at most the blocks in flight.
sounddevice and numpy are imported only when a recording starts.
"""

from __future__ import annotations

import contextlib
import math
import os
import queue
import struct
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mockterm.core.files import inside

SAMPLE_RATE = 16_000
"""Whisper's own rate: anything higher is resampled away before transcription."""
CHANNELS = 1
SAMPLE_WIDTH = 2  # 16-bit PCM
AUDIO_FILE = "audio.wav"
HEADER_SIZE = 44
BLOCK_SECONDS = 0.1
SYNC_SECONDS = 0.5
"""How often the WAV header is brought up to date and the file fsynced."""


class AudioError(Exception):
    """Recording cannot start or run; the message says why and what to do, in one line."""


# --- sounddevice, lazily ------------------------------------------------------------------------


def load_sounddevice() -> Any:
    """The sounddevice module, or AudioError saying what is missing and how to get it."""
    try:
        import sounddevice
    except ImportError:
        raise AudioError(
            "recording is off: sounddevice is not installed; run pip install 'mockterm[audio]'"
        ) from None
    except OSError:
        # sounddevice raises OSError when the PortAudio shared library cannot be found
        raise AudioError(
            "recording is off: the PortAudio library is missing; install it "
            "(Debian/Ubuntu: sudo apt install libportaudio2, macOS: brew install portaudio)"
        ) from None
    return sounddevice


@dataclass(frozen=True)
class InputDevice:
    index: int
    name: str
    channels: int
    samplerate: float
    is_default: bool


def input_devices() -> list[InputDevice]:
    """Every device with input channels; AudioError when PortAudio is unusable."""
    sd = load_sounddevice()
    try:
        devices = sd.query_devices()
        default = _default_input_index(sd)
    except Exception as exc:
        raise AudioError(f"cannot list audio devices: {exc}") from None
    return [
        InputDevice(
            i,
            str(d["name"]),
            int(d["max_input_channels"]),
            float(d["default_samplerate"]),
            i == default,
        )
        for i, d in enumerate(devices)
        if int(d["max_input_channels"]) > 0
    ]


def _default_input_index(sd: Any) -> int:
    try:
        index = int(sd.default.device[0])  # an (input, output) pair
    except (TypeError, ValueError, IndexError):
        return -1
    if index < 0:
        with contextlib.suppress(Exception):
            index = int(sd.query_devices(kind="input")["index"])
    return index


def resolve_device(spec: str | int | None) -> int | None:
    """The device index for a config value: '' or None is the system default; a number is an
    index; anything else must be (part of) exactly one input device's name."""
    if spec is None or spec == "":
        devices = input_devices()
        if not devices:
            raise AudioError(
                "recording is off: no input device found; plug in a microphone, then check "
                "`mockterm devices`"
            )
        return None
    if isinstance(spec, int) or str(spec).strip().isdigit():
        index = int(spec)
        if not any(d.index == index for d in input_devices()):
            raise AudioError(
                f"recording is off: there is no input device {index}; see `mockterm devices` "
                "and set input_device in the config"
            )
        return index
    matches = [d for d in input_devices() if str(spec).lower() in d.name.lower()]
    exact = [d for d in matches if d.name.lower() == str(spec).lower()]
    if len(exact) == 1 or len(matches) == 1:
        return (exact or matches)[0].index
    if not matches:
        raise AudioError(
            f"recording is off: no input device named {spec!r}; see `mockterm devices` and "
            "set input_device in the config"
        )
    raise AudioError(
        f"recording is off: {len(matches)} input devices match {spec!r}; use the index from "
        "`mockterm devices`"
    )


def explain_portaudio_error(exc: Exception) -> AudioError:
    """One line for the user from PortAudio's error (busy device, no device, bad rate...)."""
    text = str(exc)
    lower = text.lower()
    if "unavailable" in lower or "busy" in lower or "-9985" in text:
        return AudioError(
            "recording is off: the input device is busy (another program is using it); close "
            "that program or choose another device with input_device (see `mockterm devices`)"
        )
    if "querying device -1" in lower or "no default" in lower or "invalid device" in lower:
        return AudioError(
            "recording is off: no input device found; plug in a microphone, then check "
            "`mockterm devices`"
        )
    return AudioError(f"recording is off: the input device failed ({text}); see `mockterm doctor`")


# --- the WAV file ------------------------------------------------------------------------------


def wav_header(data_bytes: int, samplerate: int, channels: int = CHANNELS) -> bytes:
    """A canonical 44-byte PCM WAV header for `data_bytes` of 16-bit samples."""
    block_align = channels * SAMPLE_WIDTH
    return (
        b"RIFF"
        + struct.pack("<I", 36 + data_bytes)
        + b"WAVEfmt "
        + struct.pack(
            "<IHHIIHH", 16, 1, channels, samplerate, samplerate * block_align, block_align, 16
        )
        + b"data"
        + struct.pack("<I", data_bytes)
    )


class WavWriter:
    """Appends 16-bit PCM to a WAV file whose header is brought up to date on every `sync()`.

    Writes go straight to the OS (no user-space buffer), so a killed process loses nothing it has
    written; only the header's sizes can lag, and `repair_wav` fixes them.
    """

    def __init__(self, path: Path, samplerate: int, channels: int = CHANNELS) -> None:
        self.path = path
        self.samplerate = samplerate
        self.channels = channels
        self.data_bytes = 0
        # private, like the session file: it is the user's voice
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        self._file = os.fdopen(fd, "wb", buffering=0)
        self._file.write(wav_header(0, samplerate, channels))
        self.sync()

    def write(self, data: bytes) -> None:
        self._file.write(data)
        self.data_bytes += len(data)

    def sync(self) -> None:
        handle = self._file
        handle.seek(4)
        handle.write(struct.pack("<I", 36 + self.data_bytes))
        handle.seek(40)
        handle.write(struct.pack("<I", self.data_bytes))
        handle.seek(0, os.SEEK_END)
        os.fsync(handle.fileno())

    def close(self) -> None:
        if not self._file.closed:
            self.sync()
            self._file.close()


@dataclass(frozen=True)
class WavRepair:
    frames: int
    samplerate: int
    repaired: bool


def repair_wav(path: Path) -> WavRepair:
    """Make a WAV that a crash left behind consistent: header sizes = the data really there.

    Handles the files mockterm writes (canonical 44-byte header). A trailing half sample is cut.
    """
    with open(path, "r+b") as handle:
        header = handle.read(HEADER_SIZE)
        if len(header) < HEADER_SIZE or header[:4] != b"RIFF" or header[8:12] != b"WAVE":
            raise AudioError(f"{path} is not a WAV file mockterm can repair")
        if header[36:40] != b"data":
            raise AudioError(f"{path} has an unexpected WAV layout; it was not written by mockterm")
        channels, samplerate = struct.unpack("<HI", header[22:28])
        block_align = struct.unpack("<H", header[32:34])[0] or channels * SAMPLE_WIDTH
        size = os.fstat(handle.fileno()).st_size
        data = (size - HEADER_SIZE) // block_align * block_align
        stated_riff = struct.unpack("<I", header[4:8])[0]
        stated_data = struct.unpack("<I", header[40:44])[0]
        repaired = stated_data != data or stated_riff != 36 + data or size != HEADER_SIZE + data
        if repaired:
            handle.truncate(HEADER_SIZE + data)
            handle.seek(4)
            handle.write(struct.pack("<I", 36 + data))
            handle.seek(40)
            handle.write(struct.pack("<I", data))
            handle.flush()
            os.fsync(handle.fileno())
    return WavRepair(data // block_align, samplerate, repaired)


def read_pcm(path: Path, start_frame: int = 0, end_frame: int | None = None) -> bytes:
    """Raw 16-bit mono PCM frames [start, end) of a mockterm WAV, even while it is being written."""
    with open(path, "rb") as handle:
        handle.seek(HEADER_SIZE + start_frame * SAMPLE_WIDTH)
        if end_frame is None:
            return handle.read()
        return handle.read(max(end_frame - start_frame, 0) * SAMPLE_WIDTH)


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
        on_block: BlockListener | None = None,
    ) -> None:
        self.path = path
        self.device = device
        self.samplerate = samplerate
        self.block_seconds = block_seconds
        self.sync_seconds = sync_seconds
        self.on_block = on_block
        self.overflows = 0
        self.frames = 0
        self.level = 0.0
        """The last block's level, 0..1 (see `meter_level`); 0 while paused."""
        self._peak = 0.0
        self.error = ""
        """Why the writer stopped early (disk full...), or empty."""
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
        sd = load_sounddevice()
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
        last_sync = time.monotonic()
        while True:
            try:
                item = self._queue.get(timeout=self.sync_seconds)
            except queue.Empty:
                item = ()
            if item is None:
                break
            if item:
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
            writer.close()

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
    """

    def __init__(
        self,
        samplerate: int = SAMPLE_RATE,
        *,
        min_seconds: float = 4.0,
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
        """The last chunk at the end of the recording, if anything was said in it."""
        if self.speech and self.end > self.start:
            return self._cut()
        return None

    def _cut(self) -> tuple[int, int]:
        chunk = (self.start, self.end)
        self.start = self.end
        self.speech = False
        self.silence_run = 0
        return chunk


# --- after a crash ------------------------------------------------------------------------------


def recover_audio(folder: Path, audio: object) -> dict[str, Any] | None:
    """A crashed recording made whole: the WAV header repaired so standard tools open it, and
    the `[audio]` table (given as `audio`) updated with how long it really is. None when the
    session has no recording."""
    table: dict[str, Any] = dict(audio) if isinstance(audio, Mapping) else {}
    path = inside(folder, str(table.get("file", AUDIO_FILE)))
    if path is None or not path.is_file():
        return None
    try:
        result = repair_wav(path)
    except (AudioError, OSError) as exc:
        table.update(file=path.name, status="damaged", error=str(exc))
    else:
        table.update(
            file=path.name,
            samplerate=result.samplerate,
            seconds=round(result.frames / max(result.samplerate, 1), 3),
            status="interrupted",
            repaired=result.repaired,
        )
    return table
