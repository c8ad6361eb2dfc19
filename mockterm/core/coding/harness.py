"""Runs a coding prompt's tests against the candidate's `solution.py`: the script that the
candidate's own interpreter executes, in a process of its own.

Standard library only, and no import of mockterm: the interpreter that runs it (a project's
virtualenv with NumPy or PyTorch, say) needs nothing installed. Invoked as

    python harness.py RESULTS WORKSPACE LABEL=TESTFILE [LABEL=TESTFILE ...]

Each test is a top-level function `test_*()` of a test file, run in the order it is written; it
passes when it returns, fails when it raises AssertionError, and errors on anything else.
Results go to RESULTS as JSON lines, one written (and flushed) as each test starts and ends, so a
run killed mid-test still tells which test was running. The candidate's own prints go to stdout.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import signal
import sys
import time
import traceback
from types import ModuleType
from typing import Any

LIMITS_ENV = "MOCKTERM_LIMITS"
"""`FILE_BYTES:MEMORY_BYTES` (0: no memory limit), set by the runner."""
TRACEBACK_LINES = 12
STACK_BYTES = 512 * 1024 * 1024
RECURSION_LIMIT = 200_000
MESSAGE_CHARS = 2000


class Reporter:
    def __init__(self, path: str) -> None:
        self._file = open(path, "a", encoding="utf-8")  # noqa: SIM115

    def __call__(self, **record: Any) -> None:
        self._file.write(json.dumps(record) + "\n")
        self._file.flush()


def _trim(text: str) -> str:
    return text if len(text) <= MESSAGE_CHARS else text[: MESSAGE_CHARS - 1] + "…"


def _frames(error: BaseException, keep: tuple[str, ...]) -> list[str]:
    """The traceback lines that point into the candidate's code or the tests, not the harness."""
    lines: list[str] = []
    for frame in traceback.extract_tb(error.__traceback__):
        if os.path.abspath(frame.filename) == os.path.abspath(__file__):
            continue
        name = os.path.abspath(frame.filename)
        if keep and not any(name.startswith(k) or name.endswith(k) for k in keep):
            continue
        inside = name.startswith(keep[0] + os.sep) if keep else False
        shown = os.path.relpath(name, keep[0]) if inside else os.path.basename(name)
        lines.append(f'File "{shown}", line {frame.lineno}, in {frame.name}')
        if frame.line:
            lines.append(f"    {frame.line.strip()}")
    return lines[-TRACEBACK_LINES:]


def _describe(error: BaseException) -> tuple[str, str]:
    """(status, message) of a test that raised `error`."""
    if isinstance(error, AssertionError):
        return "failed", _trim(str(error)) or "assertion failed"
    if isinstance(error, SystemExit):
        return "error", f"the code called exit({error.code!r})"
    if isinstance(error, ModuleNotFoundError):
        return "missing_module", error.name or str(error)
    if isinstance(error, RecursionError):
        return "error", "RecursionError: maximum recursion depth exceeded"
    if isinstance(error, MemoryError):
        return "error", "MemoryError: the run went over its memory limit"
    return "error", _trim(f"{type(error).__name__}: {error}")


def _load(name: str, path: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _tests(module: ModuleType) -> list[Any]:
    found = [
        value
        for name, value in vars(module).items()
        if name.startswith("test")
        and callable(value)
        and getattr(value, "__module__", "") == module.__name__
    ]
    return sorted(found, key=lambda f: getattr(getattr(f, "__code__", None), "co_firstlineno", 0))


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print("usage: harness.py RESULTS WORKSPACE LABEL=TESTFILE ...", file=sys.stderr)
        return 2
    report = Reporter(argv[0])
    workspace = os.path.abspath(argv[1])
    sys.path.insert(0, workspace)
    os.chdir(workspace)
    keep = (workspace, *tuple(os.path.basename(a.partition("=")[2]) for a in argv[2:]))
    report(event="begin", python=sys.version.split()[0], pid=os.getpid())
    try:
        # a one-file prompt's solution.py is loaded first, so a syntax error in it is one line;
        # a project's tests import what they need themselves
        if os.path.exists(os.path.join(workspace, "solution.py")):
            _load("solution", os.path.join(workspace, "solution.py"))
    except BaseException as error:  # the candidate's file: anything can happen on import
        if isinstance(error, SyntaxError):
            where = f"line {error.lineno}" if error.lineno else "somewhere"
            status, message = "syntax", f"{error.msg} ({where})"
        else:
            status, message = _describe(error)
        report(
            event="collect",
            file="solution.py",
            status=status,
            message=message,
            traceback=_frames(error, keep),
        )
        report(event="end")
        return 0
    for index, argument in enumerate(argv[2:]):
        label, _, path = argument.partition("=")
        try:
            module = _load(f"_mockterm_tests_{index}", path)
        except BaseException as error:
            status, message = _describe(error)
            report(
                event="collect",
                file=label,
                status=status,
                message=message,
                traceback=_frames(error, keep),
            )
            continue
        for test in _tests(module):
            name = test.__name__
            report(event="start", file=label, test=name)
            began = time.perf_counter()
            try:
                test()
            except BaseException as error:
                if isinstance(error, KeyboardInterrupt):
                    raise
                status, message = _describe(error)
                report(
                    event="result",
                    file=label,
                    test=name,
                    status=status,
                    message=message,
                    traceback=_frames(error, keep),
                    seconds=round(time.perf_counter() - began, 4),
                )
                continue
            report(
                event="result",
                file=label,
                test=name,
                status="passed",
                seconds=round(time.perf_counter() - began, 4),
            )
    report(event="end")
    return 0


def _limit_self(limits: str) -> None:
    """Below the app in priority, no core files, and the runner's file-size and memory limits,
    before any of the candidate's code runs (where the OS has them)."""
    try:
        import resource
    except ImportError:  # not on this OS
        return
    os.nice(5)  # the candidate's code must never make the clock late
    file_bytes, _, memory_bytes = limits.partition(":")
    wanted = [(resource.RLIMIT_CORE, 0)]
    if file_bytes.isdigit():
        wanted.append((resource.RLIMIT_FSIZE, int(file_bytes)))
    if memory_bytes.isdigit() and int(memory_bytes):
        wanted.append((resource.RLIMIT_AS, int(memory_bytes)))
    for kind, size in wanted:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(kind, (size, size))


def run_with_deep_stack(argv: list[str]) -> int:
    """`main` in a thread with a large stack and recursion limit: a recursive solution that is
    right at the stated input sizes should not fail on CPython's default limit of 1000 frames
    (online judges raise it too)."""
    import threading

    _limit_self(os.environ.pop(LIMITS_ENV, ""))
    # a test that prints megabytes past the output limit gets an error, not a killed run
    if hasattr(signal, "SIGXFSZ"):
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    outcome: list[int] = []
    threading.stack_size(STACK_BYTES)
    sys.setrecursionlimit(RECURSION_LIMIT)
    thread = threading.Thread(target=lambda: outcome.append(main(argv)), name="tests")
    thread.start()
    thread.join()
    return outcome[0] if outcome else 1


if __name__ == "__main__":
    sys.exit(run_with_deep_stack(sys.argv[1:]))
