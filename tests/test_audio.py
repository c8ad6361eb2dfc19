"""Recording without a sound card: the WAV writer and its repair, the silence gate, the Recorder
on a fake PortAudio, the mock's recording hooks, and recovery of a crashed recording."""

from __future__ import annotations

import importlib.abc
import struct
import subprocess
import sys
import time
import wave
from pathlib import Path
from typing import Any

import pytest

from mockterm.core.audio import devices as audio
from mockterm.core.audio.devices import AudioError, explain_portaudio_error
from mockterm.core.audio.recorder import Chunker, Recorder, meter_level
from mockterm.core.audio.wav import WavWriter, repair_wav
from mockterm.core.bank import LoadResult
from mockterm.core.recovery import recover
from mockterm.core.sessions.mock import MockSession
from mockterm.core.sessions.session_file import read_session
from mockterm.core.sessions.store import SessionStore
from tests.conftest import FakeClock
from tests.fakes import FakeSoundDevice, FakeStream, ramp

RATE = 16_000


def read_frames(path: Path) -> tuple[int, bytes]:
    with wave.open(str(path), "rb") as w:
        return w.getnframes(), w.readframes(w.getnframes())


# --- the WAV file ------------------------------------------------------------------------------


def test_a_killed_writer_leaves_a_file_that_repair_makes_whole(tmp_path: Path) -> None:
    path = tmp_path / "audio.wav"
    writer = WavWriter(path, RATE)
    writer.write(ramp(0, 8000))
    writer.sync()
    writer.write(ramp(8000, 4000) + b"\x01")  # after the last sync, plus half a sample
    # no close(): this is what kill -9 leaves behind
    assert read_frames(path)[0] == 8000  # the header lags behind the data
    result = repair_wav(path)
    assert result.repaired and result.frames == 12000 and result.samplerate == RATE
    frames, data = read_frames(path)
    assert frames == 12000 and data == ramp(0, 12000)
    assert repair_wav(path).repaired is False  # idempotent


def test_a_closed_writer_needs_no_repair(tmp_path: Path) -> None:
    path = tmp_path / "audio.wav"
    writer = WavWriter(path, RATE)
    writer.write(ramp(0, 1600))
    writer.close()
    assert not repair_wav(path).repaired
    assert read_frames(path) == (1600, ramp(0, 1600))


def test_repair_refuses_what_it_did_not_write(tmp_path: Path) -> None:
    path = tmp_path / "not.wav"
    path.write_bytes(b"ID3 this is an mp3" + bytes(60))
    with pytest.raises(AudioError, match="not a WAV"):
        repair_wav(path)


@pytest.mark.parametrize(
    ("rms", "level"),
    [(0.0, 0.0), (1.0, 1.0), (0.001, 0.0), (0.1, pytest.approx(2 / 3)), (2.0, 1.0)],
)
def test_meter_level(rms: float, level: float) -> None:
    assert meter_level(rms) == level


# --- the silence gate --------------------------------------------------------------------------

SPEECH, QUIET = 0.1, 0.0


def chunks(pattern: str, block: int = 1600) -> list[tuple[float, float]]:
    """Feed one 0.1 s block per character (S speech, . silence, p paused); chunks in seconds."""
    chunker = Chunker(RATE, min_seconds=1.0, max_seconds=3.0, silence_seconds=0.3)
    out = []
    for i, c in enumerate(pattern):
        cut = chunker.feed(i * block, block, SPEECH if c == "S" else QUIET, c == "p")
        if cut:
            out.append(cut)
    last = chunker.flush()
    if last:
        out.append(last)
    return [(a / RATE, b / RATE) for a, b in out]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("", []),
        ("..........", []),  # nothing said: nothing to transcribe
        ("SSSSSSSSSSSS....", [(0.0, 1.5)]),  # cut after 0.3 s of silence
        ("SSSSS.SSSSSSS.....", [(0.0, 1.6)]),  # a 0.1 s gap is not a pause
        ("S" * 40, [(0.0, 3.0), (3.0, 4.0)]),  # never longer than max_seconds
        ("......SSSSSSSSSS....", [(0.3, 1.9)]),  # leading silence trimmed to a short lead-in
        ("SSSSSSSSSSSppppSS", [(0.0, 1.4), (1.4, 1.7)]),  # a pause is silence
        ("SSS......", [(0.0, 0.6)]),  # the last chunk keeps 0.3 s of the silence after it
    ],
)
def test_chunks_are_cut_at_silences(pattern: str, expected: list[tuple[float, float]]) -> None:
    assert chunks(pattern) == pytest.approx(expected)


def test_the_gate_follows_the_noise_floor() -> None:
    # the hum passes the gate until the floor catches up: that chunk is cut within the 10 s
    chunker = Chunker(RATE, min_seconds=4.0)
    for i in range(100):
        chunker.feed(i * 1600, 1600, 0.006, False)  # a steady hum
    assert chunker.threshold == pytest.approx(0.024, rel=0.05)
    assert not chunker.speech


# --- the recorder on a fake PortAudio ----------------------------------------------------------


@pytest.fixture
def fake_portaudio(monkeypatch: pytest.MonkeyPatch) -> type[FakeStream]:
    monkeypatch.setattr(audio, "load_sounddevice", lambda: FakeSoundDevice)
    monkeypatch.setattr(FakeStream, "fail_start", "")
    monkeypatch.setattr(FakeStream, "fail_open", "")
    monkeypatch.setattr(FakeStream, "overflow_every", 0)
    return FakeStream


def wait_until(condition: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_recording_streams_to_disk_and_pause_writes_silence(
    tmp_path: Path, fake_portaudio: type[FakeStream]
) -> None:
    fake_portaudio.overflow_every = 7
    path = tmp_path / "audio.wav"
    blocks: list[tuple[int, int, float, bool]] = []
    recorder = Recorder(path, on_block=lambda *b: blocks.append(b), sync_seconds=0.05)
    recorder.start()
    wait_until(lambda: recorder.frames >= 8000)
    assert path.stat().st_size > 44 + 8000  # on disk as it comes, not at the end
    assert path.stat().st_mode & 0o777 == 0o600  # private: it is the user's voice
    assert 0 < recorder.level <= 1
    recorder.pause()
    paused_from = recorder.frames

    def paused_frames() -> int:
        # blocks captured before pause() may still be queued: count what is written as paused
        return sum(frames for _, frames, _, paused in list(blocks) if paused)

    wait_until(lambda: paused_frames() >= 8000)
    recorder.resume()
    resumed_at = recorder.frames
    wait_until(lambda: recorder.frames >= resumed_at + 8000)
    recorder.stop()
    assert not recorder.running

    frames, data = read_frames(path)
    assert frames == recorder.frames  # a final header on stop
    samples = struct.unpack(f"<{frames}h", data)
    expected = struct.unpack(f"<{frames}h", ramp(0, frames))
    paused = [i for i, (got, want) in enumerate(zip(samples, expected, strict=True)) if got != want]
    # every sample is either the input, in place, or silence written while paused
    assert all(samples[i] == 0 for i in paused)
    assert paused and 6000 <= len(paused) <= frames - paused_from
    assert [b for b in blocks if b[3]], "paused blocks are reported as such"
    assert recorder.overflows >= 1 and recorder.overflows == sum(
        1 for _ in range(1, frames // 1600 + 1) if _ % 7 == 0
    )


def test_the_meter_sees_the_loudest_block_since_it_last_looked(
    tmp_path: Path, fake_portaudio: type[FakeStream]
) -> None:
    blocks: list[tuple[int, int, float, bool]] = []
    recorder = Recorder(tmp_path / "audio.wav", on_block=lambda *b: blocks.append(b))
    recorder.start()
    wait_until(lambda: len(blocks) >= 5)
    recorder.stop()
    # a meter drawn 4 times a second still shows a word said between two of its frames
    assert recorder.peak_level() == max(meter_level(rms) for *_, rms, _ in blocks) > 0
    assert recorder.peak_level() == 0.0  # then only what comes after


@pytest.mark.parametrize(
    ("error", "message"),
    [
        ("Error opening InputStream: Device unavailable [PaErrorCode -9985]", "busy"),
        ("Error querying device -1", "no input device"),
        ("Something odd", "the input device failed"),
    ],
)
def test_portaudio_errors_become_one_clear_line(error: str, message: str) -> None:
    text = str(explain_portaudio_error(RuntimeError(error)))
    assert message in text and "\n" not in text and text.startswith("recording is off")


def test_a_busy_device_leaves_nothing_running(
    tmp_path: Path, fake_portaudio: type[FakeStream]
) -> None:
    fake_portaudio.fail_start = "Device unavailable [PaErrorCode -9985]"
    recorder = Recorder(tmp_path / "audio.wav")
    with pytest.raises(AudioError, match="busy"):
        recorder.start()
    assert not recorder.running
    recorder.stop()  # harmless


def test_a_device_without_16k_records_at_its_own_rate(
    tmp_path: Path, fake_portaudio: type[FakeStream], monkeypatch: pytest.MonkeyPatch
) -> None:
    original = FakeStream.__init__

    def picky(self: FakeStream, *, samplerate: int, **kw: Any) -> None:
        if samplerate != 48000:
            raise RuntimeError("Invalid sample rate [PaErrorCode -9997]")
        original(self, samplerate=samplerate, **kw)

    monkeypatch.setattr(FakeStream, "__init__", picky)
    recorder = Recorder(tmp_path / "audio.wav")
    recorder.start()
    wait_until(lambda: recorder.frames > 0)
    recorder.stop()
    assert recorder.samplerate == 48000
    with wave.open(str(tmp_path / "audio.wav")) as w:
        assert w.getframerate() == 48000


@pytest.mark.parametrize("says_so", [False, True], ids=["silent", "inactive"])
def test_a_device_that_goes_away_stops_the_recording_and_keeps_its_audio(
    tmp_path: Path, fake_portaudio: type[FakeStream], says_so: bool
) -> None:
    """PulseAudio dying mid-recording: its callbacks stop (PortAudio may or may not mark the
    stream inactive). The recorder says so at once, and what it had is a whole WAV file."""
    path = tmp_path / "audio.wav"
    errors: list[str] = []
    recorder = Recorder(path, stall_seconds=1.0, on_error=errors.append)
    recorder.start()
    wait_until(lambda: recorder.frames >= 8000)
    stream = recorder._stream
    stream.reports_inactive = says_so
    stream.gone.set()
    wait_until(lambda: bool(errors))
    assert errors == [recorder.error] and "input device stopped sending sound" in errors[0]
    assert not recorder.running
    frames, data = read_frames(path)  # a final header: it plays without repair
    assert frames == recorder.frames == stream.delivered
    assert data == ramp(0, frames)
    recorder.stop()  # the end of the mock: harmless
    assert errors == [recorder.error]


def test_a_session_recording_whose_device_goes_away_is_marked_failed_at_once(
    tmp_path: Path, fake_portaudio: type[FakeStream]
) -> None:
    from mockterm.core.audio.live import SessionRecording

    problems: list[str] = []
    recording = SessionRecording(tmp_path, transcribe=False, on_problem=problems.append)
    recording.recorder.stall_seconds = 1.0
    recording.start(0.0)
    wait_until(lambda: recording.recorder.frames >= 1600)
    recording.recorder._stream.gone.set()
    wait_until(lambda: bool(problems))
    # what the next heartbeat saves as [audio], before the mock ends
    info = recording.info()
    assert info["status"] == "failed" and "stopped sending sound" in info["error"]
    assert info["seconds"] == recording.recorder.frames / RATE > 0
    recording.stop()
    assert recording.status == "failed" and len(problems) == 1


class _BrokenFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, name: str, *args: Any) -> None:
        if name == "sounddevice":
            raise OSError("PortAudio library not found")
        return None


def test_missing_portaudio_is_one_line_with_the_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "sounddevice", raising=False)
    monkeypatch.setattr(sys, "meta_path", [_BrokenFinder(), *sys.meta_path])
    with pytest.raises(AudioError, match="libportaudio2"):
        audio.load_sounddevice()
    monkeypatch.setitem(sys.modules, "sounddevice", None)
    with pytest.raises(AudioError, match=r"mockterm\[audio\]"):
        audio.load_sounddevice()


# --- the mock drives its recording ------------------------------------------------------------


class FakeRecording:
    def __init__(self) -> None:
        self.calls: list[tuple[str, float]] = []
        self.seconds = 0.0

    def start(self, session_offset: float) -> None:
        self.calls.append(("start", session_offset))

    def pause(self) -> None:
        self.calls.append(("pause", 0.0))

    def resume(self) -> None:
        self.calls.append(("resume", 0.0))

    def stop(self) -> None:
        self.calls.append(("stop", 0.0))

    def info(self) -> dict[str, Any]:
        return {"file": "audio.wav", "offset": 2.0, "seconds": self.seconds, "overflows": 0}


def test_pause_resume_and_end_drive_the_recording(
    store: SessionStore, loaded: LoadResult, clock: FakeClock
) -> None:
    round_ = loaded.bank.round("demo")
    mock = MockSession(store, round_, loaded.bank.prompts["demo-feed"], clock=clock)
    folder = mock.start()
    clock.advance(2)
    recording = FakeRecording()
    mock.attach_recording(recording)
    recording.seconds = 5.0
    mock.toggle_pause()
    mock.toggle_pause()
    mock.end()
    assert [c[0] for c in recording.calls] == ["start", "pause", "resume", "stop"]
    assert recording.calls[0][1] == pytest.approx(2.0)
    saved = read_session(folder)
    assert saved.extra["audio"]["seconds"] == 5.0
    assert "recording_start" in [e.kind for e in saved.events]
    mock.set_extra("transcript", {"status": "done"})
    assert read_session(folder).extra["transcript"] == {"status": "done"}
    assert read_session(folder).extra["audio"]["file"] == "audio.wav"


def test_recovery_repairs_the_audio_of_a_crashed_mock(
    store: SessionStore, loaded: LoadResult, clock: FakeClock
) -> None:
    round_ = loaded.bank.round("demo")
    mock = MockSession(store, round_, loaded.bank.prompts["demo-feed"], clock=clock)
    folder = mock.start()
    recording = FakeRecording()
    mock.attach_recording(recording)
    writer = WavWriter(folder / "audio.wav", RATE)
    writer.write(ramp(0, 3 * RATE))  # three seconds, header never updated: a kill -9
    mock.release()  # the dead process's lock is gone
    [entry] = recover(store)
    assert entry.session is not None and entry.session.status == "interrupted"
    table = read_session(folder).extra["audio"]
    assert table["status"] == "interrupted" and table["repaired"] is True
    assert table["seconds"] == 3.0
    assert read_frames(folder / "audio.wav")[0] == 3 * RATE


def test_core_audio_modules_import_nothing_heavy() -> None:
    code = (
        "import sys, mockterm.core.audio.recorder, mockterm.core.audio.live\n"
        "import mockterm.core.audio.transcription\n"
        "heavy = {'numpy', 'sounddevice', 'soundfile', 'faster_whisper', 'ctranslate2',"
        " 'textual'}\n"
        "assert not heavy & set(sys.modules), heavy & set(sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
