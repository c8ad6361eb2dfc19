"""Running a coding prompt's tests in a separate process, with a time and memory limit.

The candidate's code is copied into a scratch folder and run there by `harness.py`, with the
interpreter the user chose; whatever it does (loop forever, fork, print megabytes, exit, delete
its own file), the clock and the UI go on and the result is one clear line.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mockterm.core.coding.harness import LIMITS_ENV
from mockterm.core.files import inside

HARNESS = Path(__file__).with_name("harness.py")
DEFAULT_TIMEOUT = 5.0
DEFAULT_MEMORY_MB = 2048
OUTPUT_LIMIT = 16_000
"""Characters of the program's own output kept with a run (the rest is cut)."""
_FILE_LIMIT = 8 * 1024 * 1024
"""No file the run writes may grow past this (a print loop then fails instead of filling a disk)."""


@dataclass(frozen=True)
class TestResult:
    """One test function: `status` passed, failed, error, missing_module or timeout."""

    file: str
    name: str
    status: str
    message: str = ""
    traceback: tuple[str, ...] = ()
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        return self.status == "passed"


@dataclass(frozen=True)
class TestRun:
    """The outcome of one run of a prompt's tests."""

    results: tuple[TestResult, ...] = ()
    problem: str = ""
    """One line when something stopped the run as a whole (syntax error, timeout, crash...)."""
    output: str = ""
    seconds: float = 0.0
    timed_out: bool = False
    files: tuple[str, ...] = field(default=())
    """The test files run, by label, in order."""

    @property
    def passed(self) -> int:
        return sum(r.passed for r in self.results)

    @property
    def total(self) -> int:
        return len(self.results)

    @property
    def green(self) -> bool:
        return not self.problem and bool(self.results) and self.passed == self.total

    def of(self, label: str) -> list[TestResult]:
        return [r for r in self.results if r.file == label]


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


def run_tests(
    code: str | Mapping[str, str],
    tests: Sequence[tuple[str, Path]],
    *,
    python: str = "",
    timeout: float = DEFAULT_TIMEOUT,
    memory_mb: int | None = DEFAULT_MEMORY_MB,
) -> TestRun:
    """Run `tests` ((label, file) pairs, in order) against `code`: the text of solution.py, or
    a tree of files (relative path -> text) such as a small project."""
    python = python or sys.executable
    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="mockterm-run-") as scratch:
        root = Path(scratch)
        workspace = root / "workspace"
        workspace.mkdir()
        tree = {"solution.py": code} if isinstance(code, str) else code
        for name, text in tree.items():
            path = inside(workspace, name)
            if path is None:
                continue  # a path that leaves the workspace is not code of this prompt
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        copies = []
        for index, (label, path) in enumerate(tests):
            copy = root / f"tests{index}" / path.name  # the name a traceback shows
            copy.parent.mkdir()
            shutil.copy2(path, copy)
            copies.append(f"{label}={copy}")
        results_file = root / "results.jsonl"
        output_file = root / "output.txt"
        env = {
            **os.environ,
            "PYTHONDONTWRITEBYTECODE": "1",
            "PYTHONUNBUFFERED": "1",
            "PYTHONIOENCODING": "utf-8",
            "OMP_NUM_THREADS": "1",
            "OPENBLAS_NUM_THREADS": "1",
            "MKL_NUM_THREADS": "1",
            # the harness limits itself (file size, memory) before it loads the code: a
            # preexec_fn here would fork the whole app with the GIL held and stall its clock
            LIMITS_ENV: f"{_FILE_LIMIT}:{(memory_mb or 0) * 1024 * 1024}",
        }
        env.pop("PYTHONPATH", None)
        command = [python, str(HARNESS), str(results_file), str(workspace), *copies]
        timed_out = False
        try:
            with output_file.open("wb") as out:
                process = subprocess.Popen(
                    command,
                    stdin=subprocess.DEVNULL,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    cwd=workspace,
                    env=env,
                    start_new_session=True,  # a group of its own, killed whole
                )
                try:
                    exit_code = process.wait(timeout=timeout)
                except subprocess.TimeoutExpired:
                    timed_out = True
                    _kill_group(process.pid)
                    exit_code = process.wait()
                _kill_group(process.pid)  # whatever the code forked goes too
        except OSError as exc:
            return TestRun(
                problem=f"cannot run {python}: {exc.strerror or exc}", files=_labels(tests)
            )
        records = _read_records(results_file)
        output = _read_output(output_file)
    return _summarise(
        records, output, exit_code, timed_out, timeout, python, tests, time.monotonic() - began
    )


def _labels(tests: Sequence[tuple[str, Path]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(label for label, _ in tests))


def _read_records(path: Path) -> list[dict[str, object]]:
    records = []
    with contextlib.suppress(OSError):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            with contextlib.suppress(ValueError):
                value = json.loads(line)
                if isinstance(value, dict):
                    records.append(value)
    return records


def _read_output(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            raw = handle.read(OUTPUT_LIMIT + 1)
            size = os.fstat(handle.fileno()).st_size
    except OSError:
        return ""
    text = raw[:OUTPUT_LIMIT].decode("utf-8", errors="replace")
    if size > OUTPUT_LIMIT:
        text += f"\n… output cut: {size:,} bytes in all, the first {OUTPUT_LIMIT:,} shown"
    return text


def _summarise(
    records: list[dict[str, object]],
    output: str,
    code: int,
    timed_out: bool,
    timeout: float,
    python: str,
    tests: Sequence[tuple[str, Path]],
    seconds: float,
) -> TestRun:
    results: list[TestResult] = []
    problem = ""
    running: tuple[str, str] | None = None
    ended = False
    for record in records:
        event = record.get("event")
        if event == "start":
            running = (str(record.get("file", "")), str(record.get("test", "")))
        elif event == "result":
            running = None
            status = str(record.get("status", "error"))
            message = str(record.get("message", ""))
            if status == "missing_module":
                message = _missing(message, python)
                problem = problem or message
            results.append(
                TestResult(
                    str(record.get("file", "")),
                    str(record.get("test", "")),
                    status,
                    message,
                    _strings(record.get("traceback")),
                    float(record.get("seconds", 0.0) or 0.0),  # type: ignore[arg-type]
                )
            )
        elif event == "collect":
            status = str(record.get("status", "error"))
            message = str(record.get("message", ""))
            where = str(record.get("file", ""))
            if status == "syntax":
                problem = problem or f"solution.py does not parse: {message}"
            elif status == "missing_module":
                problem = problem or _missing(message, python)
            else:
                problem = problem or f"{where} could not be loaded: {message}"
        elif event == "end":
            ended = True
    if running is not None:
        label, name = running
        if timed_out:
            message = f"timed out: the run was stopped after {timeout:g} s"
        else:
            message = _exit_reason(code)
        results.append(TestResult(label, name, "timeout" if timed_out else "error", message))
        problem = problem or f"{name}: {message}"
    elif timed_out:
        problem = problem or f"timed out: the run was stopped after {timeout:g} s"
    elif not ended:
        if not records:
            problem = (
                problem
                or f"{python} did not start the tests: {_first_line(output) or _exit_reason(code)}"
            )
        else:
            problem = problem or _exit_reason(code)
    return TestRun(tuple(results), problem, output, round(seconds, 3), timed_out, _labels(tests))


def _missing(module: str, python: str) -> str:
    return (
        f"module {module!r} is not installed for {python}; set `python` in the config file "
        "(or --python) to an interpreter that has it"
    )


def _exit_reason(code: int) -> str:
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        if name == "SIGKILL":
            return "the process was killed (SIGKILL; often the memory limit)"
        return f"the process was killed by {name}"
    return f"the process exited with code {code} before the tests finished"


def _first_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:200] if lines else ""


def _strings(value: object) -> tuple[str, ...]:
    return tuple(str(x) for x in value) if isinstance(value, list) else ()
