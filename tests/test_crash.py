"""A real crash: SIGKILL a running mockterm in a terminal, start it again, nothing is lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from mockterm.core.sessions.session_file import SESSION_FILE, read_session
from tests.conftest import TEST_BANK
from tests.fakes import spawn_in_terminal, wait_for


def test_sigkill_mid_session_then_recovery(tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    env = {**os.environ, "TERM": "xterm-256color", "MOCKTERM_CONFIG": str(tmp_path / "none")}
    base = [
        sys.executable,
        "-m",
        "mockterm",
        "--bank",
        str(TEST_BANK),
        "--sessions",
        str(sessions),
    ]
    process, master = spawn_in_terminal([*base, "start", "demo", "--prompt", "demo-feed"], env)
    try:

        def session_file() -> Path | None:
            files = list(sessions.glob(f"*/{SESSION_FILE}"))
            return files[0] if files else None

        wait_for(lambda: session_file() is not None, master)
        path = session_file()
        assert path is not None
        time.sleep(1.0)
        os.write(master, b"h")  # reveal a hint: an event written at once
        wait_for(lambda: len(read_session(path.parent).events) >= 2, master)
        before = read_session(path.parent)
        assert before.status == "running"
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        os.close(master)

    result = subprocess.run([*base, "list"], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    # recovery leaves no lock, and no temp file of a write the kill may have cut short
    assert sorted(p.name for p in path.parent.iterdir()) == [SESSION_FILE]
    assert "interrupted" in result.stdout
    after = read_session(path.parent)
    assert after.status == "interrupted"
    assert after.events[: len(before.events)] == before.events
    assert [e.kind for e in after.events] == ["phase_start", "hint", "interrupted"]
