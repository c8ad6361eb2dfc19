"""Synthetic interview speech for the recording benchmarks: espeak-ng sentences with pauses."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from mockterm.core.audio.wav import SAMPLE_RATE, WavWriter

SENTENCES = [
    "First, I would clarify the goal of the system and the number of users.",
    "Next, we need a model that ranks the items for each user.",
    "We will measure success with an online experiment.",
    "Let me explain the data pipeline and the training loop.",
    "I would start by asking how many requests we expect per second.",
    "The cache sits in front of the database to keep latency low.",
    "For retrieval, a two tower model gives us a few thousand candidates.",
    "Then a heavier ranker scores them with the user and item features.",
]


def speech_wav(path: Path, seconds: float, gap: float = 1.2) -> Path:
    """A 16 kHz mono WAV of about `seconds`: the sentences in a loop, `gap` s of silence after
    each, with a longer pause every fourth sentence (where a speaker would breathe and think)."""
    from faster_whisper import decode_audio

    clips = []
    with tempfile.TemporaryDirectory() as scratch:
        for i, sentence in enumerate(SENTENCES):
            wav = Path(scratch) / f"{i}.wav"
            subprocess.run(
                ["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(wav), sentence], check=True
            )
            samples = decode_audio(str(wav), sampling_rate=SAMPLE_RATE)
            clips.append((samples * 32767).astype("<i2").tobytes())
    writer = WavWriter(path, SAMPLE_RATE)
    total, i = 0, 0
    while total < seconds * SAMPLE_RATE:
        pause = gap * (2.5 if i % 4 == 3 else 1.0)
        block = clips[i % len(clips)] + bytes(2 * int(pause * SAMPLE_RATE))
        writer.write(block)
        total += len(block) // 2
        i += 1
    writer.close()
    return path
