"""The crash-safe WAV file a recording streams into: its header, writer, repair and reading."""

from __future__ import annotations

import os
import struct
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mockterm.core.audio.devices import AudioError
from mockterm.core.files import inside

SAMPLE_RATE = 16_000
"""Whisper's own rate: anything higher is resampled away before transcription."""
CHANNELS = 1
SAMPLE_WIDTH = 2  # 16-bit PCM
AUDIO_FILE = "audio.wav"
HEADER_SIZE = 44


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
