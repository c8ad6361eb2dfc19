"""Time to the first painted screen: mockterm vs a bare Header/Static/Footer Textual app.

Each app runs in a real pseudo-terminal (80x24); the clock stops when the text of its first
screen has been written to the terminal. Runs alternate, and the median of each is compared in
the same run. Also times `mockterm --version`. Goal: ratio <= 1.3, --version < 150 ms.
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
RUNS = int(os.environ.get("BENCH_RUNS", "9"))


def first_paint(args: list[str], marker: bytes, env: dict[str, str]) -> float:
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    start = time.perf_counter()
    process = subprocess.Popen(
        args, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
    )
    os.close(slave)
    seen = b""
    try:
        while time.perf_counter() - start < 30:
            if select.select([master], [], [], 0.5)[0]:
                seen += os.read(master, 65536)
                if marker in seen:
                    return time.perf_counter() - start
        raise RuntimeError(f"{args} never painted {marker!r}")
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        os.close(master)


def main() -> None:
    # an installed package runs from bytecode (pip compiles it); a checkout with
    # PYTHONDONTWRITEBYTECODE set would recompile mockterm on every start, unlike textual
    import compileall

    compileall.compile_dir(str(HERE.parent / "mockterm"), quiet=1)
    sessions = tempfile.mkdtemp(prefix="mockterm-bench-")
    env = {**os.environ, "TERM": "xterm-256color", "MOCKTERM_CONFIG": "/nonexistent"}
    bare = [sys.executable, str(HERE / "bare_app.py")]
    app = [sys.executable, "-m", "mockterm", "--sessions", sessions]
    first_paint(bare, b"hello", env)  # warm the file cache for both
    first_paint(app, b"Surprise", env)
    bare_times, app_times = [], []
    for _ in range(RUNS):
        bare_times.append(first_paint(bare, b"hello", env))
        app_times.append(first_paint(app, b"Surprise", env))
    version_times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run([*app[:3], "--version"], check=True, capture_output=True)
        version_times.append(time.perf_counter() - start)
    bare_ms = statistics.median(bare_times) * 1000
    app_ms = statistics.median(app_times) * 1000
    version_ms = statistics.median(version_times) * 1000
    print(f"first painted screen, median of {RUNS} runs in an 80x24 pseudo-terminal")
    print(f"{'what':34} {'median ms':>10} {'goal':>12}")
    print(f"{'bare Textual (Header/Static/Footer)':34} {bare_ms:10.0f}")
    print(f"{'mockterm Home (built-in bank)':34} {app_ms:10.0f}")
    print(f"{'ratio mockterm / bare':34} {app_ms / bare_ms:10.2f} {'<= 1.30':>12}")
    print(f"{'mockterm --version':34} {version_ms:10.0f} {'< 150':>12}")


if __name__ == "__main__":
    main()
