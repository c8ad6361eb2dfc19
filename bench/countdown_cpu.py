"""CPU cost of a running mock: mockterm's session screen, without and with a recording, against a
bare Textual app ticking a Digits, all in one run.

Each runs in a real terminal (tmux, 80x24). CPU time comes from /proc/PID/stat (user + system,
every thread of the process) and is reported as % of one core, over WINDOWS windows of
BENCH_SECONDS / WINDOWS each: the median and the spread. The recording case plays speech into the
audio rig (`tests/rig/start-audio-rig.sh`) while the app records it and transcribes it live; the
Whisper worker is a child process, counted apart.

Goals: the session screen < 2 % of a core; recording (level meter, REC clock, capture) <= 3 %.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.common import (  # noqa: E402
    children,
    cpu_seconds,
    default_model,
    load_note,
    rig_problem,
    spread,
    verdict,
)

SECONDS = float(os.environ.get("BENCH_SECONDS", "30"))
WINDOWS = 6
WARMUP = 4.0


def measure(name: str, command: list[str], env: dict[str, str]) -> tuple[list[float], float]:
    """(% of a core in each window for the process, % over the whole time for its children)."""
    # a tmux server of its own: a running one would give the pane its environment, not `env`
    tmux = ["tmux", "-L", f"bench-{name}-{os.getpid()}"]
    subprocess.run(
        [*tmux, "new-session", "-d", "-s", name, "-x", "80", "-y", "24", "--", *command],
        check=True,
        env=env,
    )
    try:
        pid = int(
            subprocess.run(
                [*tmux, "list-panes", "-t", name, "-F", "#{pane_pid}"],
                check=True,
                capture_output=True,
                text=True,
            ).stdout.split()[0]
        )
        time.sleep(WARMUP)
        kids = children(pid)
        kids_start = sum(cpu_seconds(k) for k in kids)
        began = time.monotonic()
        windows = []
        for _ in range(WINDOWS):
            cpu, start = cpu_seconds(pid), time.monotonic()
            time.sleep(SECONDS / WINDOWS)
            windows.append(100 * (cpu_seconds(pid) - cpu) / (time.monotonic() - start))
        kids_used = sum(cpu_seconds(k) for k in kids if Path(f"/proc/{k}").exists()) - kids_start
        return windows, 100 * kids_used / (time.monotonic() - began)
    finally:
        subprocess.run([*tmux, "kill-server"], check=False)


def main() -> int:
    if shutil.which("tmux") is None:
        sys.exit("this benchmark needs tmux (apt-get install tmux)")
    scratch = Path(tempfile.mkdtemp(prefix="mockterm-bench-"))
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "MOCKTERM_CONFIG": "/nonexistent",
        "XDG_CACHE_HOME": str(scratch / "cache"),  # caches of its own, not the user's
    }

    def app(case: str) -> list[str]:
        # a sessions dir per case: a mock killed mid-way is offered for recovery at the next start
        sessions = str(scratch / case)
        return [sys.executable, "-m", "mockterm", "--sessions", sessions, "start", "ml_design"]

    bare, _ = measure("bare", [sys.executable, str(HERE / "bare_app.py"), "tick"], env)
    plain, _ = measure("mockterm", [*app("plain"), "--no-record"], env)
    problem = rig_problem()
    recording: list[float] = []
    worker = 0.0
    if not problem:
        from bench.audio_speech import speech_wav

        speech = speech_wav(scratch / "speech.wav", SECONDS + WARMUP + 30)
        player = subprocess.Popen(["paplay", "--device=mock", str(speech)])
        try:
            recording, worker = measure(
                "recording", [*app("recording"), "--record", "--model", default_model()], env
            )
        finally:
            player.terminate()
            player.wait()
    width = 44
    print(
        f"CPU while a mock runs: % of one core, {WINDOWS} windows of {SECONDS / WINDOWS:.0f} s "
        "in tmux 80x24, median [min-max]"
    )
    print(f"({load_note()})")
    print(f"{'what':{width}} {'CPU %':>22} {'goal':>7}")
    print(f"{'bare Textual Digits ticking 4x/s':{width}} {spread(bare, digits=2):>22}")
    print(f"{'session screen (ML design), no recording':{width}} {spread(plain, digits=2):>22}")
    goals = {"session screen < 2 %": statistics.median(plain) < 2}
    if recording:
        print(
            f"{'session screen recording (app process)':{width}} "
            f"{spread(recording, digits=2):>22} {'<= 3':>7}"
        )
        print(f"{'  the Whisper worker (child process)':{width}} {worker:22.1f}")
        goals["recording <= 3 %"] = statistics.median(recording) <= 3
    else:
        print(f"recording not measured: {problem}")
    for goal, met in goals.items():
        print(f"  {verdict(met):6} {goal}")
    return 0 if all(goals.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
