"""Instructions to the first painted screen, mockterm vs the bare Textual app: a cross-check of
`bench/startup.py` that a loaded machine does not change (callgrind counts what the process
executes, not how long it waited for a core). Needs valgrind; takes a few minutes.

Each app runs in an 80x24 pseudo-terminal, from bytecode, until the text of its first screen with
its footer keys is written ("Surprise" for Home, "Quit" for the bare app); then it exits and
callgrind reports the count.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# runs inside the app's process: stop it the moment the marker reaches the terminal
HOOK = """
import os, sys
import textual.drivers.linux_driver as driver
write = driver.LinuxDriver.write
def stop_at_marker(self, data):
    write(self, data)
    if {marker!r} in data:
        os._exit(0)
driver.LinuxDriver.write = stop_at_marker
sys.argv = {argv!r}
{run}
"""


def instructions(marker: str, argv: list[str], run: str, env: dict[str, str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        log, out = Path(tmp, "valgrind.log"), Path(tmp, "callgrind.out")
        code = HOOK.format(marker=marker, argv=argv, run=run)
        inner = [
            "valgrind", "--tool=callgrind", "--cache-sim=no", f"--log-file={log}",
            f"--callgrind-out-file={out}", sys.executable, "-c", code,
        ]  # fmt: skip
        # a pseudo-terminal of 80x24, as bench/startup.py gives both apps
        command = "stty rows 24 cols 80; exec " + " ".join(map(_quote, inner))
        subprocess.run(["script", "-qc", command, "/dev/null"], env=env, capture_output=True)
        found = re.search(r"I\s+refs:\s+([\d,]+)", log.read_text())
        if found is None:
            raise RuntimeError(f"no count in {log.read_text()[-500:]}")
        return int(found.group(1).replace(",", ""))


def _quote(word: str) -> str:
    return "'" + word.replace("'", "'\"'\"'") + "'"


def main() -> int:
    if shutil.which("valgrind") is None or shutil.which("script") is None:
        print("needs valgrind and script(1): skipped")
        return 0
    import compileall

    compileall.compile_dir(str(HERE.parent / "mockterm"), quiet=1)
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "MOCKTERM_CONFIG": "/nonexistent",
        "XDG_CACHE_HOME": tempfile.mkdtemp(prefix="mockterm-bench-cache-"),
        "PYTHONPATH": str(HERE.parent),
    }
    sessions = tempfile.mkdtemp(prefix="mockterm-bench-")
    app = (
        "Surprise",
        ["mockterm", "--sessions", sessions],
        "from mockterm.cli import main; main()",
    )
    bare = (
        "Quit",
        ["bare_app"],
        f"sys.path.insert(0, {str(HERE)!r}); import bare_app; bare_app.HelloApp().run()",
    )
    instructions(*app, env)  # fills the bank cache, as a first start does
    app_count = instructions(*app, env)
    bare_count = instructions(*bare, env)
    print("instructions to the first painted screen (callgrind), 80x24 pseudo-terminal")
    print(f"bare Textual (Header/Static/Footer)  {bare_count / 1e6:8,.0f} M")
    print(f"mockterm Home (built-in bank)        {app_count / 1e6:8,.0f} M")
    print(f"ratio                                {app_count / bare_count:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
