"""The real audio path: espeak-ng speech played into a PulseAudio null sink, recorded through
PortAudio/sounddevice during a mock, transcribed by the real tiny.en model.

Locally these skip with a reason when the rig is missing (start it with
`bash tests/rig/start-audio-rig.sh`); in CI they must run.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mockterm.core.audio.live import SessionRecording
from mockterm.core.audio.transcript import read_transcript
from mockterm.core.bank import LoadResult
from mockterm.core.sessions.mock import MockSession
from mockterm.core.sessions.session_file import SESSION_FILE, read_session
from mockterm.core.sessions.store import SessionStore
from tests.conftest import TEST_BANK
from tests.fakes import drain, spawn_in_terminal, wait_for
from tests.rig.audio_rig import model_dir, play, require_rig, speak, word_error_rate

pytestmark = pytest.mark.rig

PHASE_SENTENCES = {
    "Framing": "Let me explain the data pipeline and the training loop.",
    "Design": "Next, we need a model that ranks the items for each user.",
    "Wrap-up": "We will measure success with an online experiment.",
}
PAUSED_SENTENCE = "Thank you very much for your time today."


@pytest.fixture(scope="module")
def voices(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    require_rig()
    folder = tmp_path_factory.mktemp("voices")
    spoken = {**PHASE_SENTENCES, "paused": PAUSED_SENTENCE}
    return {key: speak(text, folder / f"{key}.wav") for key, text in spoken.items()}


def phase_at(events: list[tuple[float, str]], offset: float) -> str:
    """The phase running at session `offset`, from the phase_start events."""
    current = ""
    for at, phase in events:
        if at <= offset:
            current = phase
    return current


def test_a_recorded_mock_is_transcribed_into_its_phases(
    voices: dict[str, Path], store: SessionStore, loaded: LoadResult
) -> None:
    mock = MockSession(store, loaded.bank.round("demo"), loaded.bank.prompts["demo-feed"])
    folder = mock.start()
    recording = SessionRecording(folder, model=model_dir(), whisper_device="cpu", live=True)
    mock.attach_recording(recording)
    deadline = time.monotonic() + 10
    while recording.recorder.frames == 0:  # PulseAudio can take a second to start delivering
        assert time.monotonic() < deadline, "the rig delivers no audio"
        time.sleep(0.05)
    time.sleep(0.3)
    play(voices["Framing"])
    time.sleep(0.7)
    mock.next_phase()
    time.sleep(0.3)
    mock.toggle_pause()
    play(voices["paused"])  # said while paused: never recorded
    mock.toggle_pause()
    time.sleep(0.3)
    play(voices["Design"])
    time.sleep(0.7)
    mock.next_phase()
    time.sleep(0.3)
    play(voices["Wrap-up"])
    time.sleep(0.7)
    mock.end()
    # how soon it is ready is measured by bench/live_transcription.py, not asserted here
    table = recording.finish_transcript(timeout=300)
    mock.set_extra("transcript", table)
    assert table["status"] == "done", table

    session = read_session(folder)
    assert session.status == "completed"
    audio = session.extra["audio"]
    assert audio["overflows"] == 0 and audio["status"] == "stopped"
    end_offset = session.events[-1].offset
    # pauses are recorded as silence, so the audio spans the whole session
    assert abs(audio["offset"] + audio["seconds"] - end_offset) < 1.0, (audio, end_offset)

    transcript = read_transcript(folder)
    starts = [(e.offset, e.phase) for e in session.events if e.kind == "phase_start"]
    said: dict[str, list[str]] = {phase: [] for phase in PHASE_SENTENCES}
    for segment in transcript.segments:
        middle = transcript.session_offset + (segment.start + segment.end) / 2
        said[phase_at(starts, middle)].append(segment.text)
    full = " ".join(" ".join(texts) for texts in said.values())
    assert word_error_rate(" ".join(PHASE_SENTENCES.values()), full) < 0.25, said
    for phase, sentence in PHASE_SENTENCES.items():
        assert word_error_rate(sentence, " ".join(said[phase])) < 0.35, (phase, said)
    assert "thank" not in full.lower(), "speech during a pause must not be recorded"

    soxi = subprocess.run(["soxi", "-D", str(folder / "audio.wav")], capture_output=True, text=True)
    assert soxi.returncode == 0 and abs(float(soxi.stdout) - audio["seconds"]) < 0.01


def test_kill_minus_9_mid_recording_keeps_the_audio(
    voices: dict[str, Path], tmp_path: Path
) -> None:
    """The whole app in a terminal, recording for real; SIGKILL; the next start repairs it."""
    sessions = tmp_path / "sessions"
    env = {**os.environ, "TERM": "xterm-256color", "MOCKTERM_CONFIG": str(tmp_path / "none")}
    base = [sys.executable, "-m", "mockterm", "--bank", str(TEST_BANK)]
    base += ["--sessions", str(sessions)]
    start = [*base, "start", "demo", "--prompt", "demo-feed", "--record", "--model", model_dir()]
    process, master = spawn_in_terminal(start, env)
    try:
        wait_for(lambda: any(sessions.glob("*/audio.wav")), master)
        wav = next(sessions.glob("*/audio.wav"))
        player = subprocess.Popen(["paplay", "--device=mock", str(voices["Design"])])
        # measure from when the input delivers (PulseAudio may take a second to wake up)
        wait_for(lambda: wav.stat().st_size > 44, master)
        seen, seen_seconds = time.monotonic(), (wav.stat().st_size - 44) / 2 / 16000
        wait_for(lambda: wav.stat().st_size > 44 + 2 * 16000 * 3, master)  # 3 s on disk
        killed = time.monotonic()
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        player.wait(timeout=30)
        drain(master)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        os.close(master)

    folder = wav.parent
    assert read_session(folder).status == "running"
    result = subprocess.run([*base, "list"], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    session = read_session(folder)
    assert session.status == "interrupted"
    audio = session.extra["audio"]
    assert audio["status"] == "interrupted"
    # at most about a second lost: what was captured up to the kill is in the file
    assert audio["seconds"] >= seen_seconds + killed - seen - 1.0, (audio, killed - seen)
    for tool in (["soxi", "-D"], ["ffprobe", "-v", "error", "-show_entries", "format=duration"]):
        out = subprocess.run([*tool, str(wav)], capture_output=True, text=True)
        assert out.returncode == 0, out.stderr
    assert (folder / SESSION_FILE).exists()


def test_devices_shows_the_level_of_the_rig(voices: dict[str, Path]) -> None:
    player = subprocess.Popen(["bash", "-c", f"sleep 0.5; paplay --device=mock {voices['Design']}"])
    try:
        result = subprocess.run(
            [sys.executable, "-m", "mockterm", "devices", "--seconds", "2.5"],
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        player.wait(timeout=30)
    assert result.returncode == 0, result.stderr
    assert "default" in result.stdout and "sound is coming in" in result.stdout
