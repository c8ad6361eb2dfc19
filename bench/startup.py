"""Time to the first painted screen: mockterm vs a bare Header/Static/Footer Textual app.

Each app runs in a real pseudo-terminal (80x24), same Textual, both from bytecode; the clock
stops when the text of its first screen has been written to the terminal (Home's with its footer
keys; the bare app's keys come a frame later, shown beside it for information). Runs alternate,
and the median of each is compared in the same run (the spread of the paired ratios beside it);
25 pairs, since this machine's speed wanders by a third from one second to the next.
Also times `mockterm --version`. Goals: ratio <= 1.2, --version < 150 ms.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.common import load_note, spread, verdict  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "25"))


def first_paint(args: list[str], marker: bytes, env: dict[str, str]) -> float:
    return paints(args, [marker], env)[0]


def paints(args: list[str], markers: list[bytes], env: dict[str, str]) -> list[float]:
    """Seconds from the start to each marker's first appearance on the terminal."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    start = time.perf_counter()
    process = subprocess.Popen(
        args, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
    )
    os.close(slave)
    seen = b""
    found: list[float] = []
    try:
        while time.perf_counter() - start < 30:
            if select.select([master], [], [], 0.5)[0]:
                seen += os.read(master, 65536)
                while len(found) < len(markers) and markers[len(found)] in seen:
                    found.append(time.perf_counter() - start)
                if len(found) == len(markers):
                    return found
        raise RuntimeError(f"{args} never painted {markers[len(found)]!r}")
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        os.close(master)


def main() -> int:
    # an installed package runs from bytecode (pip compiles it); a checkout with
    # PYTHONDONTWRITEBYTECODE set would recompile mockterm on every start, unlike textual
    import compileall

    compileall.compile_dir(str(HERE.parent / "mockterm"), quiet=1)
    sessions = tempfile.mkdtemp(prefix="mockterm-bench-")
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "MOCKTERM_CONFIG": "/nonexistent",
        # caches of its own (the warm-up run fills them), not the user's
        "XDG_CACHE_HOME": tempfile.mkdtemp(prefix="mockterm-bench-cache-"),
    }
    bare = [sys.executable, str(HERE / "bare_app.py")]
    app = [sys.executable, "-m", "mockterm", "--sessions", sessions]
    first_paint(bare, b"hello", env)  # warm the file cache for both
    first_paint(app, b"Surprise", env)
    bare_times, bare_keys, app_times = [], [], []
    for _ in range(RUNS):
        # the bare app's first frame has no keys yet (Textual's footer brings them a frame
        # later); Home's comes with its keys: the ratio compares first frames
        hello, keys = paints(bare, [b"hello", b"Quit"], env)
        bare_times.append(hello)
        bare_keys.append(keys)
        app_times.append(first_paint(app, b"Surprise", env))
    version_times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run([*app[:3], "--version"], check=True, capture_output=True)
        version_times.append(time.perf_counter() - start)
    bare_ms = statistics.median(bare_times) * 1000
    app_ms = statistics.median(app_times) * 1000
    ratio = app_ms / bare_ms
    pairs = [a / b for a, b in zip(app_times, bare_times, strict=True)]
    version = [t * 1000 for t in version_times]
    print(f"first painted screen, {RUNS} alternating runs in an 80x24 pseudo-terminal")
    print(f"({load_note()})")
    rows = [
        ("bare Textual (Header/Static/Footer)", spread([t * 1000 for t in bare_times], " ms"), ""),
        ("  the same, its footer keys shown", spread([t * 1000 for t in bare_keys], " ms"), ""),
        ("mockterm Home (built-in bank)", spread([t * 1000 for t in app_times], " ms"), ""),
        ("ratio of the medians (each pair)", f"{ratio:.2f} ({spread(pairs, digits=2)})", "<= 1.20"),
        ("mockterm --version", spread(version, " ms"), "< 150"),
    ]
    print(f"{'what':36} {'median [min-max, n]':>30} {'goal':>8}")
    for what, figure, goal in rows:
        print(f"{what:36} {figure:>30} {goal:>8}")
    goals = {
        "first paint <= 1.2x bare Textual": ratio <= 1.2,
        "--version < 150 ms": statistics.median(version) < 150,
    }
    for goal, met in goals.items():
        print(f"  {verdict(met):6} {goal}")
    return 0 if all(goals.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
