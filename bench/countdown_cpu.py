"""CPU cost of a running mock: mockterm's session screen vs a bare Textual app ticking a Digits.

Both run in a real terminal (tmux, 80x24) for the same window; CPU time comes from
/proc/PID/stat (user + system) and is reported as % of one core. Goal: mockterm under 2 %.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
WINDOW = float(os.environ.get("BENCH_SECONDS", "30"))
WARMUP = 3.0
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


def measure(name: str, command: list[str], env: dict[str, str]) -> float:
    session = f"bench-{name}-{os.getpid()}"
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", session, "-x", "80", "-y", "24", "--", *command],
        check=True,
        env=env,
    )
    try:
        pid = int(
            subprocess.run(
                ["tmux", "list-panes", "-t", session, "-F", "#{pane_pid}"],
                check=True,
                capture_output=True,
                text=True,
            ).stdout.split()[0]
        )
        time.sleep(WARMUP)
        start_cpu, start = cpu_seconds(pid), time.monotonic()
        time.sleep(WINDOW)
        used = cpu_seconds(pid) - start_cpu
        return 100 * used / (time.monotonic() - start)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], check=False)


def main() -> None:
    if shutil.which("tmux") is None:
        sys.exit("this benchmark needs tmux (apt-get install tmux)")
    sessions = tempfile.mkdtemp(prefix="mockterm-bench-")
    env = {**os.environ, "TERM": "xterm-256color", "MOCKTERM_CONFIG": "/nonexistent"}
    bare = measure("bare", [sys.executable, str(HERE / "bare_app.py"), "tick"], env)
    app = measure(
        "mockterm",
        [sys.executable, "-m", "mockterm", "--sessions", sessions, "start", "ml_design"],
        env,
    )
    print(f"CPU while a countdown runs, {WINDOW:.0f} s window in tmux 80x24 (% of one core)")
    print(f"{'what':40} {'CPU %':>7} {'goal':>7}")
    print(f"{'bare Textual Digits ticking 4x/s':40} {bare:7.2f}")
    print(f"{'mockterm session screen (ML design)':40} {app:7.2f} {'< 2':>7}")


if __name__ == "__main__":
    main()
