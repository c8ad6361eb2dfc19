"""Transcripts: the files, the model's errors, the real tiny.en model on synthetic speech, the
`transcribe` command, and no network use at all when the model is a local directory."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mockterm.cli import main
from mockterm.core.audio.transcript import (
    VERBATIM_PROMPT,
    Segment,
    Transcript,
    TranscriptionError,
    Word,
    read_transcript,
    to_vtt,
    vtt_time,
    write_transcript,
)
from mockterm.core.audio.transcription import Transcriber, load_model, needs_transcript
from mockterm.core.bank import LoadResult
from mockterm.core.sessions.mock import MockSession
from mockterm.core.sessions.session_file import read_session
from mockterm.core.sessions.store import SessionStore
from tests.conftest import TEST_BANK, FakeClock
from tests.fakes import SENTENCES, wav16k
from tests.rig.audio_rig import model_dir, require_espeak, speak, word_error_rate


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "00:00:00.000"), (1.5, "00:00:01.500"), (3661.0004, "01:01:01.000"), (-1, "00:00:00.000")],
)
def test_vtt_time(seconds: float, text: str) -> None:
    assert vtt_time(seconds) == text


def test_transcript_files_round_trip(tmp_path: Path) -> None:
    segment = Segment(
        1.0, 2.5, "Um, hello.", (Word(1.0, 1.2, "Um,", 0.9), Word(1.3, 2.5, "hello."))
    )
    write_transcript(tmp_path, Transcript((segment,), "tiny.en", 3.0, session_offset=0.25))
    back = read_transcript(tmp_path)
    assert back.segments == (segment,) and back.session_offset == 0.25
    data = json.loads((tmp_path / "transcript.json").read_text())
    assert data["verbatim_prompt"] == VERBATIM_PROMPT and "lower bounds" in data["note"]
    vtt = (tmp_path / "transcript.vtt").read_text()
    assert vtt == to_vtt([segment])
    assert vtt.startswith("WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nUm, hello.\n")


@pytest.mark.parametrize(
    ("change", "read_as"),
    [
        # what mockterm writes is read in bulk; anything else value by value, with the same result
        (lambda w: None, "Um,"),
        (lambda w: w.update(start=1), "Um,"),  # a whole number of seconds
        (lambda w: w.update(word="Um\x1b]52;c;aGk=\x07,"), "Um]52;c;aGk=,"),  # OSC 52, cleaned
        (lambda w: w.update(word=["Um"]), "['Um']"),
        (lambda w: w.update(probability=float("nan")), ValueError("cannot read")),  # NaN: no JSON
        (lambda w: w.update(end=-1.0), ValueError("not a plausible time")),
        (lambda w: w.update(start=10**400), ValueError("start: 1000.* is not a finite number")),
        (lambda w: w.pop("probability"), ValueError("probability")),
    ],
)
def test_a_transcript_is_checked_however_it_is_read(
    tmp_path: Path, change: Callable[[dict[str, Any]], object], read_as: str | ValueError
) -> None:
    segment = Segment(1.0, 2.5, "Um, hello.", (Word(1.0, 1.2, "Um,", 0.9), Word(1.3, 2.5, "hi")))
    write_transcript(tmp_path, Transcript((segment,), "tiny.en", 3.0))
    path = tmp_path / "transcript.json"
    data = json.loads(path.read_text())
    change(data["segments"][0]["words"][0])
    path.write_text(json.dumps(data))
    if isinstance(read_as, ValueError):
        with pytest.raises(TranscriptionError, match=str(read_as)):
            read_transcript(tmp_path)
        return
    word = read_transcript(tmp_path).segments[0].words[0]
    assert word.word == read_as and word.start == 1.0 and isinstance(word.start, float)


def test_a_directory_that_is_no_model_is_named(tmp_path: Path) -> None:
    with pytest.raises(TranscriptionError, match="not a Whisper model directory"):
        load_model(str(tmp_path))


def test_no_model_and_no_network_is_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    began = time.monotonic()
    with pytest.raises(TranscriptionError) as error:
        load_model("base.en")
    message = str(error.value)
    assert "not on this machine" in message and "transcribe --pending" in message
    assert "\n" not in message
    assert time.monotonic() - began < 10  # no retries against a network that is not there


@pytest.fixture(scope="module")
def speech(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_espeak()
    folder = tmp_path_factory.mktemp("speech")
    return wav16k(speak(" ".join(SENTENCES), folder / "espeak.wav"), folder / "speech.wav")


def test_the_real_model_transcribes_speech(speech: Path) -> None:
    transcript = Transcriber(model_dir(), "cpu").transcribe(speech)
    assert word_error_rate(" ".join(SENTENCES), transcript.text) < 0.25, transcript.text
    words = [w for s in transcript.segments for w in s.words]
    assert words and all(0 <= w.start <= w.end <= transcript.duration + 0.5 for w in words)
    assert all(a.start <= b.start for a, b in itertools.pairwise(words))


def recorded_session(store: SessionStore, loaded: LoadResult, audio: Path) -> Path:
    """A finished mock whose recording is `audio`, its transcript not done yet."""
    clock = FakeClock()
    mock = MockSession(
        store, loaded.bank.round("demo"), loaded.bank.prompts["demo-feed"], clock=clock
    )
    folder = mock.start()
    (folder / "audio.wav").write_bytes(audio.read_bytes())
    mock.set_extra("audio", {"file": "audio.wav", "offset": 0.5, "status": "stopped"})
    clock.advance(30)
    mock.end()
    return folder


def test_transcribe_command_does_the_pending_sessions(
    speech: Path, store: SessionStore, loaded: LoadResult, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = recorded_session(store, loaded, speech)
    assert needs_transcript(folder)
    base = ["--bank", str(TEST_BANK), "--sessions", str(store.root)]
    assert main([*base, "transcribe", "--pending", "--model", model_dir()]) == 0
    assert not needs_transcript(folder)
    table = read_session(folder).extra["transcript"]
    assert table["status"] == "done" and table["segments"] >= 1
    transcript = read_transcript(folder)
    assert transcript.session_offset == 0.5
    assert word_error_rate(" ".join(SENTENCES), transcript.text) < 0.25
    assert (folder / "transcript.vtt").read_text().startswith("WEBVTT")
    assert main([*base, "transcribe", "--pending", "--model", model_dir()]) == 0
    assert "Nothing to transcribe" in capsys.readouterr().err
    assert main([*base, "transcribe"]) == 2


def test_transcribe_without_a_model_keeps_the_session(
    speech: Path,
    store: SessionStore,
    loaded: LoadResult,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    folder = recorded_session(store, loaded, speech)
    base = ["--bank", str(TEST_BANK), "--sessions", str(store.root)]
    assert main([*base, "transcribe", folder.name[:10], "--model", "small.en"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not on this machine" in err
    assert needs_transcript(folder) and (folder / "audio.wav").exists()


BLOCK_SOCKETS = """
import socket, os
LOG = os.environ["SOCKET_LOG"]
class NoNetwork(socket.socket):
    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            with open(LOG, "a") as log:
                log.write(f"{os.getpid()} connect {address}\\n")
            raise OSError("network blocked by the test")
        return super().connect(address)
    def connect_ex(self, address):
        self.connect(address)
socket.socket = NoNetwork
_getaddrinfo = socket.getaddrinfo
def getaddrinfo(host, *args, **kw):
    with open(LOG, "a") as log:
        log.write(f"{os.getpid()} getaddrinfo {host}\\n")
    raise OSError("network blocked by the test")
socket.getaddrinfo = getaddrinfo
"""


def test_offline_with_a_local_model_makes_no_network_call(
    speech: Path, store: SessionStore, loaded: LoadResult, tmp_path: Path
) -> None:
    """Sockets are blocked in every Python process (sitecustomize), the live worker included."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(BLOCK_SOCKETS)
    log = tmp_path / "sockets.log"
    folder = recorded_session(store, loaded, speech)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(site), str(Path.cwd())]),
        "SOCKET_LOG": str(log),
        "HF_HUB_OFFLINE": "1",
        "HF_HOME": str(tmp_path / "hf"),
    }
    batch = [sys.executable, "-m", "mockterm", "--bank", str(TEST_BANK)]
    batch += ["--sessions", str(store.root), "transcribe", folder.name, "--model", model_dir()]
    result = subprocess.run(batch, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    live = (
        "from pathlib import Path\n"
        "from mockterm.core.audio.live import LiveTranscriber\n"
        f"t = LiveTranscriber({model_dir()!r}, 'cpu')\n"
        "t.start()\n"
        f"t.submit_file(Path({str(speech)!r}))\n"
        "segments = t.finish(300)\n"
        "assert segments and not t.error, t.error\n"
        "import socket; assert socket.socket.__name__ == 'NoNetwork'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", live], env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert not log.exists() or log.read_text() == "", log.read_text()
