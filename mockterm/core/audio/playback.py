"""Playing a session's recording from any moment, with pause and ±10 s jumps.

The WAV file is read a block at a time (stdlib `wave`) from PortAudio's callback, so an hour of
audio is never held in memory. sounddevice is imported only when playback starts, and every
failure (no PortAudio, no output device, a busy device) is a `PlaybackError` with one line for
the user: the app goes on without sound.
"""

from __future__ import annotations

import contextlib
import threading
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

JUMP_SECONDS = 10.0
BLOCK_FRAMES = 1024


class PlaybackError(Exception):
    """Playback cannot start; the message says why, in one line."""


class Stream(Protocol):
    """What Player needs of a sounddevice.RawOutputStream."""

    @property
    def active(self) -> bool: ...

    def start(self) -> None: ...

    def close(self) -> None: ...


Callback = Callable[[Any, int, Any, Any], None]
StreamFactory = Callable[[int, int, Callback, Callable[[], None]], Stream]
"""(samplerate, channels, callback, finished callback) -> an open, not yet started stream."""


class StopPlayback(Exception):
    """Raised by the callback at the end of the file (sounddevice.CallbackStop when real)."""


def sounddevice_stream(device: str | int | None = None) -> StreamFactory:
    """A factory of real output streams; PlaybackError when there is no way to play sound."""
    try:
        import sounddevice as sd
    except ImportError:
        raise PlaybackError(
            "playback is off: sounddevice is not installed; run pip install 'mockterm[audio]'"
        ) from None
    except OSError:
        raise PlaybackError(
            "playback is off: the PortAudio library is missing; install it "
            "(Debian/Ubuntu: sudo apt install libportaudio2)"
        ) from None
    try:
        sd.query_devices(device, kind="output")
    except Exception as exc:
        raise PlaybackError(
            f"playback is off: no audio output device ({exc}); the transcript still works"
        ) from None

    def open_stream(
        samplerate: int, channels: int, callback: Callback, finished: Callable[[], None]
    ) -> Stream:
        try:
            stream: Stream = sd.RawOutputStream(
                samplerate=samplerate,
                channels=channels,
                dtype="int16",
                blocksize=BLOCK_FRAMES,
                device=device,
                callback=callback,
                finished_callback=finished,
            )
        except Exception as exc:
            raise PlaybackError(f"playback is off: the output device failed ({exc})") from None
        return stream

    open_stream.stop_exception = sd.CallbackStop  # type: ignore[attr-defined]
    return open_stream


class Player:
    """Plays one WAV file (16-bit PCM) from any second; positions are seconds of the audio."""

    def __init__(self, path: Path, open_stream: StreamFactory | None = None) -> None:
        self.path = path
        self._open_stream = open_stream
        self._lock = threading.Lock()
        self._wav: wave.Wave_read | None = None
        self._stream: Stream | None = None
        self._frame = 0
        self._paused = False
        self._ended = False
        self.samplerate = 0
        self.channels = 1
        self.frames = 0

    # --- state ----------------------------------------------------------------------------------

    @property
    def duration(self) -> float:
        return self.frames / self.samplerate if self.samplerate else 0.0

    @property
    def position(self) -> float:
        """Seconds of audio played so far (where playback is now)."""
        return self._frame / self.samplerate if self.samplerate else 0.0

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def playing(self) -> bool:
        """Sound is coming out: started, not paused, not at the end."""
        return self._stream is not None and not self._paused and not self._ended

    @property
    def ended(self) -> bool:
        return self._ended

    # --- control --------------------------------------------------------------------------------

    def open(self) -> None:
        """Open the file (PlaybackError when it is not a WAV we can play)."""
        if self._wav is not None:
            return
        try:
            wav = wave.open(str(self.path), "rb")  # noqa: SIM115 (kept open while playing)
        except (OSError, EOFError, wave.Error) as exc:
            why = str(exc) or "the file is empty or cut short"
            raise PlaybackError(f"cannot play {self.path.name}: {why}") from None
        if wav.getsampwidth() != 2:
            wav.close()
            raise PlaybackError(f"cannot play {self.path.name}: not 16-bit PCM")
        self._wav = wav
        self.samplerate = wav.getframerate()
        self.channels = wav.getnchannels()
        self.frames = wav.getnframes()

    def play(self, at: float) -> None:
        """Play from `at` seconds of the audio (clamped to the file)."""
        self.open()
        with self._lock:
            self._frame = self._clamp(at)
            self._paused = False
            self._ended = self._frame >= self.frames
        if self._stream is not None and not self._stream.active:
            # it ran to the end of the file: a finished stream cannot start again
            self._close_stream()
        if self._stream is None:
            factory = self._open_stream or sounddevice_stream()
            self._open_stream = factory
            self._stream = factory(self.samplerate, self.channels, self._callback, self._finished)
            try:
                self._stream.start()
            except Exception as exc:
                self._close_stream()
                raise PlaybackError(f"playback is off: the output device failed ({exc})") from None

    def pause(self) -> None:
        self._paused = True

    def resume(self) -> None:
        if self._stream is None or self._ended:
            self.play(self.position if not self._ended else 0.0)
        else:
            self._paused = False

    def toggle(self) -> None:
        if self.playing:
            self.pause()
        else:
            self.resume()

    def seek(self, delta: float) -> None:
        """Jump `delta` seconds (negative: back), keeping the play/pause state."""
        with self._lock:
            self._frame = self._clamp(self.position + delta)
        if self._ended and self._frame < self.frames:
            self.play(self.position)

    def stop(self) -> None:
        """Stop and let go of the device and the file."""
        self._close_stream()
        if self._wav is not None:
            with contextlib.suppress(Exception):
                self._wav.close()
            self._wav = None
        self._paused = False

    # --- PortAudio's side -----------------------------------------------------------------------

    def _clamp(self, seconds: float) -> int:
        return min(max(int(seconds * self.samplerate), 0), self.frames)

    def _callback(self, outdata: Any, frames: int, time_info: Any, status: Any) -> None:
        size = frames * self.channels * 2
        with self._lock:
            if self._paused or self._wav is None:
                outdata[:size] = bytes(size)
                return
            self._wav.setpos(min(self._frame, self.frames))
            data = self._wav.readframes(frames)
            self._frame += len(data) // (self.channels * 2)
            done = self._frame >= self.frames
        outdata[: len(data)] = data
        if len(data) < size:
            outdata[len(data) : size] = bytes(size - len(data))
        if done:
            self._ended = True
            # sounddevice.CallbackStop ends a real stream cleanly after this block
            raise getattr(self._open_stream, "stop_exception", StopPlayback)

    def _finished(self) -> None:
        self._ended = True

    def _close_stream(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            with contextlib.suppress(Exception):
                stream.close()
