"""kill -9 in the middle of a recording, for real, in a subprocess (with a fake real-time input,
so it runs anywhere; tests/test_audio_rig.py does the same through PulseAudio and the app)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from mockterm.core.audio.wav import repair_wav
from tests.fakes import ramp

CHILD = """
import sys, time
from pathlib import Path
from mockterm.core.audio import devices as audio
from tests.fakes import FakeSoundDevice, FakeStream
FakeStream.speed = 1.0  # real time
audio.load_sounddevice = lambda: FakeSoundDevice
from mockterm.core.audio.recorder import Recorder
recorder = Recorder(Path(sys.argv[1]))
recorder.start()
while True:  # what the recorder has taken in so far, for the parent to compare after the kill
    print(recorder.frames, flush=True)
    time.sleep(0.05)
"""


def test_sigkill_mid_recording_loses_under_a_second(tmp_path: Path) -> None:
    path = tmp_path / "audio.wav"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True
    )
    taken = 0
    try:
        assert child.stdout is not None
        while taken < 2.5 * 16000:  # 2.5 s recorded, however long that takes on this machine
            taken = int(child.stdout.readline())
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    repaired = repair_wav(path)
    # what the recorder had taken in when it was last asked is on disk, but for under a second
    assert repaired.frames >= taken - 16000, (repaired.frames, taken)
    with wave.open(str(path)) as w:  # opens in the standard library's reader, too
        frames = w.getnframes()
        assert w.getframerate() == 16000 and frames == repaired.frames
        assert w.readframes(frames) == ramp(0, frames)  # nothing lost in the middle, no garbage
    if shutil.which("soxi"):
        soxi = subprocess.run(["soxi", "-s", str(path)], capture_output=True, text=True)
        assert soxi.returncode == 0 and int(soxi.stdout) == frames


@pytest.mark.parametrize("cut", [44, 45, 44 + 3201])
def test_any_crash_point_is_repairable(tmp_path: Path, cut: int) -> None:
    from mockterm.core.audio.wav import WavWriter

    path = tmp_path / "audio.wav"
    writer = WavWriter(path, 16000)
    writer.write(ramp(0, 4000))
    writer.close()
    with open(path, "r+b") as handle:
        handle.truncate(cut)
    frames = repair_wav(path).frames
    assert frames == (cut - 44) // 2
    with wave.open(str(path)) as w:
        assert w.getnframes() == frames and w.readframes(frames) == ramp(0, frames)
