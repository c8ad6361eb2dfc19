"""Playback from any second: a fake output stream pulls blocks; the real one plays into the rig."""

from __future__ import annotations

import struct
import time
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mockterm.core.audio.playback import PlaybackError, Player, StopPlayback

RATE = 1000  # a tiny rate keeps the numbers readable: frame n holds the value n


def ramp_wav(path: Path, seconds: float = 30.0, rate: int = RATE) -> Path:
    frames = int(seconds * rate)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"".join(struct.pack("<h", n % 32000) for n in range(frames)))
    return path


class FakeStream:
    def __init__(self, callback: Callable[[Any, int, Any, Any], None]) -> None:
        self.callback = callback
        self.active = False
        self.closed = False

    def start(self) -> None:
        self.active = True

    def close(self) -> None:
        self.closed = True
        self.active = False

    def pull(self, frames: int) -> list[int]:
        """What PortAudio would play next: `frames` samples."""
        buffer = bytearray(frames * 2)
        try:
            self.callback(buffer, frames, None, None)
        except StopPlayback:
            self.active = False
        return [v for (v,) in struct.iter_unpack("<h", bytes(buffer))]


@pytest.fixture
def streams() -> list[FakeStream]:
    return []


@pytest.fixture
def player(tmp_path: Path, streams: list[FakeStream]) -> Player:
    def factory(rate: int, channels: int, callback: Any, finished: Any) -> FakeStream:
        assert (rate, channels) == (RATE, 1)
        streams.append(FakeStream(callback))
        return streams[-1]

    return Player(ramp_wav(tmp_path / "audio.wav"), factory)


def test_plays_from_the_second_asked(player: Player, streams: list[FakeStream]) -> None:
    player.play(12.5)
    assert player.playing and player.duration == 30.0
    assert streams[0].pull(4) == [12500, 12501, 12502, 12503]
    assert player.position == pytest.approx(12.504)


def test_pause_plays_silence_and_keeps_the_place(player: Player, streams: list[FakeStream]) -> None:
    player.play(1.0)
    streams[0].pull(10)
    player.toggle()
    assert player.paused and not player.playing
    assert streams[0].pull(3) == [0, 0, 0]
    player.toggle()
    assert streams[0].pull(2) == [1010, 1011]


def test_jumps_of_ten_seconds_stay_inside_the_file(
    player: Player, streams: list[FakeStream]
) -> None:
    player.play(5.0)
    player.seek(10)
    assert streams[0].pull(1) == [15000]
    player.seek(-100)
    assert player.position == 0.0 and streams[0].pull(1) == [0]
    player.seek(1000)
    assert player.position == 30.0


def test_the_end_of_the_file_stops_and_play_starts_again(
    player: Player, streams: list[FakeStream]
) -> None:
    player.play(29.998)
    assert streams[0].pull(4) == [29998 % 32000, 29999 % 32000, 0, 0]
    assert player.ended and not player.playing and not streams[0].active
    player.play(2.0)  # a finished stream cannot restart: a new one is opened
    assert len(streams) == 2 and streams[0].closed and streams[1].pull(1) == [2000]
    player.stop()
    assert streams[1].closed and not player.playing


def test_a_file_that_is_not_audio_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "audio.wav"
    bad.write_bytes(b"not a wav at all")
    with pytest.raises(PlaybackError, match=r"cannot play audio\.wav"):
        Player(bad, lambda *a: FakeStream(a[2])).play(0)


def test_no_output_device_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import mockterm.core.audio.playback as playback

    def no_device(device: Any = None) -> Any:
        raise PlaybackError(
            "playback is off: no audio output device (none); the transcript still works"
        )

    monkeypatch.setattr(playback, "sounddevice_stream", no_device)
    player = Player(ramp_wav(tmp_path / "a.wav"))
    with pytest.raises(PlaybackError, match=r"^playback is off: no audio output device"):
        player.play(0)
    assert not player.playing


@pytest.mark.rig
def test_real_playback_into_the_rig(tmp_path: Path) -> None:
    """The real path: sounddevice plays the file into the PulseAudio null sink."""
    from tests.rig.audio_rig import require_rig

    require_rig()
    player = Player(ramp_wav(tmp_path / "audio.wav", seconds=5.0, rate=16000))
    player.play(1.0)
    try:
        deadline = time.monotonic() + 5
        while player.position < 1.3 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert player.playing and player.position >= 1.3, "the device pulls the audio"
        player.pause()
        time.sleep(0.2)
        held = player.position
        time.sleep(0.3)
        assert player.position == held, "paused playback holds its place"
        player.seek(10)
        player.resume()
        assert player.position == 5.0
    finally:
        player.stop()
    assert not player.playing
