"""Fakes and sample data shared by several test modules: a PortAudio stand-in, a
terminal to run the app in, sample sessions and transcripts, spoken sentences."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import termios
import threading
import time
import wave
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from mockterm.core.audio.transcript import Segment, Transcript, Word, write_transcript
from mockterm.core.audio.wav import WavWriter
from mockterm.core.bank import Prompt, RubricItem
from mockterm.core.sessions.model import (
    Event,
    PhaseRecord,
    SelfReview,
    Session,
)
from mockterm.core.sessions.session_file import write_session
from mockterm.core.sessions.store import SessionStore

KEY_POINTS = ("engagement objective", "two-tower retrieval", "position bias correction")


def seg(start: float, text: str) -> Segment:
    """A segment whose words start every 0.5 s from `start` (audio seconds) and last 0.3 s."""
    words = tuple(
        Word(round(start + 0.5 * i, 3), round(start + 0.5 * i + 0.3, 3), w)
        for i, w in enumerate(text.split())
    )
    return Segment(start, words[-1].end, text, words)


def write_wav(path: Path, seconds: float = 238.0) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(AUDIO_RATE)
        tone = struct.pack("<h", 3000) + struct.pack("<h", -3000)
        out.writeframes(tone * int(seconds * AUDIO_RATE / 2))


AUDIO_RATE = 8000
"""The sample recording's rate: low, to keep test files small."""

SENTENCES = [
    "Next, we need a model that ranks the items for each user.",
    "We will measure success with an online experiment.",
    "Let me explain the data pipeline and the training loop.",
]


def wav16k(source: Path, target: Path) -> Path:
    """Any WAV as mockterm writes them (16 kHz mono 16-bit)."""
    from faster_whisper import decode_audio

    samples = decode_audio(str(source), sampling_rate=16000)
    writer = WavWriter(target, 16000)
    writer.write((samples * 32767).astype("<i2").tobytes())
    writer.close()
    return target


def add_session(
    store: SessionStore, days: int, prompt: str = "demo-feed", audio: bool = True
) -> Path:
    store.ensure()
    started = STARTED + timedelta(days=days)
    name = f"{started:%Y%m%dT%H%M%SZ}_demo_{prompt}"
    folder = store.root / name
    folder.mkdir()
    write_session(folder, sample_session(started=started, prompt_id=prompt, session_id=name))
    if audio:
        write_wav(folder / "audio.wav")
        write_transcript(folder, sample_transcript())
    return folder


def add(store: SessionStore, days: int, prompt: str = "demo-feed", transcript: bool = True) -> Path:
    store.ensure()
    started = STARTED + timedelta(days=days)
    name = f"{started:%Y%m%dT%H%M%SZ}_demo_{prompt}"
    folder = store.root / name
    folder.mkdir()
    review = SelfReview({"Framing": 2 + days % 3, "Communication": 3})
    write_session(
        folder,
        sample_session(started=started, prompt_id=prompt, session_id=name, review=review),
    )
    (folder / "audio.wav").write_bytes(b"RIFF")
    if transcript:
        write_transcript(folder, sample_transcript())
    return folder


STARTED = datetime(2026, 11, 14, 9, 0, tzinfo=timezone.utc)


def sample_transcript() -> Transcript:
    """Four segments (audio time; the audio starts 2 s into the mock):

    - A at 1 s (Framing): 8 words, one filler ("Um,"), both words of "engagement objective";
    - B at 20 s (Framing): 7 words, one filler (", like,"); "I mean" with no comma is not one;
    - C at 80 s (Design): 11 words, one filler ("uh"), "two-tower" and "retrieve";
    - D at 195 s (Wrap-up): 7 words, no filler.
    """
    return Transcript(
        (
            seg(1.0, "Um, so the objective is long term engagement,"),
            seg(20.0, "it's, like, a ranking problem I mean"),
            seg(80.0, "uh we retrieve candidates with a two-tower model then rank them"),
            seg(195.0, "we would measure with an A/B test."),
        ),
        model="tiny.en",
        duration=238.0,
        session_offset=2.0,
    )


def sample_session(
    *,
    started: datetime = STARTED,
    prompt_id: str = "demo-feed",
    session_id: str = "20261114T090000Z_demo_demo-feed",
    audio: bool = True,
    review: SelfReview | None = None,
) -> Session:
    """A 4-minute demo mock: Framing 0-70 s (planned 60), Design 70-190 s (planned 120),
    Wrap-up 190-240 s (planned 60); a hint at 80 s, a note at 100 s, a follow-up at 110 s."""
    prompt = Prompt(
        prompt_id,
        "demo",
        "Design a feed",
        "Design a **feed** for a photo app.",
        follow_ups=("How do you handle cold start?", "How do you evaluate offline?"),
        hints=("Start with the objective.", "Think about candidate generation."),
        key_points=KEY_POINTS,
    )
    events = (
        Event(0.0, "phase_start", "Framing"),
        Event(60.0, "checkpoint", "Framing"),
        Event(70.0, "phase_end", "Framing", value=70.0),
        Event(70.0, "phase_start", "Design"),
        Event(80.0, "hint", "Design", "Start with the objective."),
        Event(100.0, "note", "Design", "cold start"),
        Event(110.0, "follow_up", "Design", "How do you handle cold start?"),
        Event(190.0, "phase_end", "Design", value=120.0),
        Event(190.0, "phase_start", "Wrap-up"),
        Event(240.0, "phase_end", "Wrap-up", value=50.0),
        Event(240.0, "end", "Wrap-up"),
    )
    extra = {}
    if audio:
        extra = {
            "audio": {"file": "audio.wav", "offset": 2.0, "seconds": 238.0, "samplerate": 16000},
            "transcript": {"status": "done", "file": "transcript.json"},
        }
    return Session(
        id=session_id,
        round_id="demo",
        round_title="Demo round",
        prompt=prompt,
        started_at=started,
        status="completed",
        ended_at=started.replace(minute=4),
        rubric=(RubricItem("Framing", "asks"), RubricItem("Communication", "clear")),
        phases=(
            PhaseRecord("Framing", 60.0, 70.0),
            PhaseRecord("Design", 120.0, 120.0),
            PhaseRecord("Wrap-up", 60.0, 50.0),
        ),
        events=events,
        review=review,
        grade="good" if review else None,
        extra=extra,
    )


def spawn_in_terminal(args: list[str], env: dict[str, str]) -> tuple[subprocess.Popen[bytes], int]:
    """Run mockterm with a pseudo-terminal (80x24) as its stdin/stdout, like a user would."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    process = subprocess.Popen(
        args, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
    )
    os.close(slave)
    return process, master


def drain(master: int) -> None:
    """Read what the app painted so its writes never block."""
    import select

    while select.select([master], [], [], 0)[0]:
        try:
            if not os.read(master, 65536):
                return
        except OSError:
            return


def wait_for(condition, master: int, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        drain(master)
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError("timed out waiting for the app")


def ramp(first: int, frames: int) -> bytes:
    """Sample i of the whole stream is i % 30000 - 15000: any lost or moved sample shows."""
    return struct.pack(f"<{frames}h", *(((first + i) % 30000) - 15000 for i in range(frames)))


class FakeStatus:
    def __init__(self, overflow: bool = False) -> None:
        self.input_overflow = overflow


class FakeStream:
    """Calls the callback with a ramp in real time (sped up), as PortAudio's thread would."""

    fail_start: str = ""
    fail_open: str = ""
    overflow_every = 0
    speed = 10.0

    def __init__(self, *, samplerate: int, blocksize: int, callback: Any, **_: Any) -> None:
        if FakeStream.fail_open:
            raise RuntimeError(FakeStream.fail_open)
        self.rate, self.block, self.callback = samplerate, blocksize, callback
        self.stopped = threading.Event()
        self.gone = threading.Event()
        """Set: the device went away (the sound server died); no callback comes any more."""
        self.reports_inactive = False
        """Once gone, whether PortAudio says so (`active` False) or stays silent."""
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.delivered = 0

    @property
    def active(self) -> bool:
        gone = self.gone.is_set() and self.reports_inactive
        return self.thread.is_alive() and not self.stopped.is_set() and not gone

    def _run(self) -> None:
        count = 0
        while not self.stopped.is_set() and not self.gone.is_set():
            count += 1
            overflow = bool(self.overflow_every and count % self.overflow_every == 0)
            self.callback(ramp(self.delivered, self.block), self.block, None, FakeStatus(overflow))
            self.delivered += self.block
            time.sleep(self.block / self.rate / self.speed)

    def start(self) -> None:
        if FakeStream.fail_start:
            raise RuntimeError(FakeStream.fail_start)
        self.thread.start()

    def stop(self) -> None:
        self.stopped.set()
        self.thread.join()

    def close(self) -> None:
        self.stopped.set()


class FakeSoundDevice:
    class default:
        device = (0, 0)

    @staticmethod
    def query_devices(device: Any = None, kind: Any = None) -> Any:
        info = {"name": "Fake mic", "max_input_channels": 1, "default_samplerate": 48000.0}
        return info if kind else [info]

    RawInputStream = FakeStream
