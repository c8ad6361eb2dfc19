"""Coding rounds: how long a test run takes to show its result, whether the clock stays on time
meanwhile, and how big a 60-minute mock's code history grows.

(a) Ctrl+R to result on screen, in the app (Textual's headless driver, 100x30), for a typical
    prompt (cm-repeat-within-k: 8 tests), beside `python -c pass` and the bare run (the harness
    alone) measured in the same run. Goal: median <= 1.0 s.
(b) While the tests run: how late the session screen's 0.25 s clock ticks are, beside the same
    clock with nothing running. Goal: p99 < 20 ms. And what a full garbage collection costs
    mid-mock (the heap is frozen while a mock runs), beside one over the whole heap.
(c) A 60-minute OOP mock saved every 3 s while the code grows from the starter to the
    reference solution (oop-time-versioned-kv-store): the history file's size, beside what a
    full copy per save would take. Goal: < 1 MB.

Run: .venv/bin/python bench/coding_bench.py [--runs N]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import itertools
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mockterm.core.bank import load_bank
from mockterm.core.paths import builtin_bank_dir

PROMPT = "cm-repeat-within-k"
OOP_PROMPT = "oop-time-versioned-kv-store"


def spread(values: list[float]) -> str:
    values = sorted(values)
    return f"{statistics.median(values):7.3f} s  (min {values[0]:.3f}, max {values[-1]:.3f})"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))] if ordered else 0.0


def python_pass(runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        times.append(time.perf_counter() - began)
    return times


def bare_runs(runs: int) -> list[float]:
    from mockterm.core.coding.runner import run_tests
    from mockterm.core.coding.spec import load_spec

    bank = load_bank([builtin_bank_dir()]).bank
    spec = load_spec(Path(bank.prompts[PROMPT].code_dir))
    tests = [(t.label, t.path) for t in spec.tests]
    reference = spec.reference
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        assert run_tests(reference, tests).green
        times.append(time.perf_counter() - began)
    return times


def full_collections(runs: int = 5) -> tuple[list[float], list[float]]:
    """CPU seconds of a full garbage collection as it runs mid-mock (the heap frozen at the
    mock's start) and, as the baseline, over the whole heap unfrozen."""

    def collect() -> float:
        began = time.thread_time()
        gc.collect()
        return time.thread_time() - began

    frozen = [collect() for _ in range(runs)]
    gc.unfreeze()
    whole = [collect() for _ in range(runs)]
    gc.freeze()
    return frozen, whole


async def app_runs(
    runs: int,
) -> tuple[list[float], list[float], list[float], tuple[list[float], list[float]]]:
    from mockterm.core.config import Config, Settings
    from mockterm.core.sessions.store import SessionStore
    from mockterm.ui.app import MocktermApp
    from mockterm.ui.screens.session_screen import SessionScreen
    from mockterm.ui.widgets.coding_pane import CodingPane

    loaded = load_bank([builtin_bank_dir()])
    prompt = loaded.bank.prompts[PROMPT]
    root = Path(tempfile.mkdtemp(prefix="mockterm-bench-")) / "sessions"
    store = SessionStore(root)
    settings = Settings(Config(bell=False), root, (builtin_bank_dir(),))
    app = MocktermApp(settings, loaded, store, start=(prompt, None))
    latencies: list[float] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        pane = screen.query_one(CodingPane)
        pane.editor.text = (Path(prompt.code_dir) / "solution.py").read_text()
        ticks: list[float] = []
        original = screen.tick

        def tick() -> None:
            ticks.append(time.perf_counter())
            original()

        screen.tick = tick  # type: ignore[method-assign]
        screen.set_interval(0.25, tick)
        # the baseline: the same clock with no test running, for as long as the runs take
        await asyncio.sleep(1.0)
        ticks.clear()
        await asyncio.sleep(max(runs * 0.6, 5.0))
        idle = [max(b - a - 0.25, 0.0) for a, b in itertools.pairwise(ticks)]
        ticks.clear()
        windows: list[tuple[float, float]] = []
        for _ in range(runs):
            await asyncio.sleep(0.3)
            began = time.perf_counter()
            await pilot.press("ctrl+r")
            while pane.running or pane.last is None:
                await asyncio.sleep(0.005)
            await pilot.pause()
            ended = time.perf_counter()
            latencies.append(ended - began)
            windows.append((began, ended))
            assert pane.last.green, pane.last
            pane.last = None
        # a tick counts when it fell due while a run was in flight (Ctrl+R to result shown)
        lateness = [
            max(b - a - 0.25, 0.0)
            for a, b in itertools.pairwise(ticks)
            if any(start <= a + 0.25 <= end for start, end in windows)
        ]
        collections = full_collections()
        screen.mock.abandon()
    return latencies, lateness, idle, collections


def history_size() -> tuple[int, int, int]:
    from mockterm.core.coding.spec import load_spec
    from mockterm.core.coding.workspace import Workspace

    bank = load_bank([builtin_bank_dir()]).bank
    prompt = bank.prompts[OOP_PROMPT]
    spec = load_spec(Path(prompt.code_dir), len(prompt.levels))
    folder = Path(tempfile.mkdtemp(prefix="mockterm-bench-"))
    workspace = Workspace.create(folder, spec)
    final = spec.reference["solution.py"]
    saves = 60 * 60 // 3
    naive = 0
    for i in range(1, saves + 1):
        # the code grows from the starter to the reference, a few characters per save, with
        # an edit to an earlier line now and then
        text = final[: len(final) * i // saves]
        if i % 7 == 0:
            text = text.replace("self", "self ", 1)
        workspace.save(text, offset=3.0 * i)
        naive += len(text.encode())
    return saves, workspace.history.path.stat().st_size, naive


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs
    baseline = python_pass(runs)
    bare = bare_runs(runs)
    latencies, lateness, idle, (frozen, whole) = asyncio.run(app_runs(runs))
    saves, size, naive = history_size()
    p99, idle_p99 = percentile(lateness, 0.99), percentile(idle, 0.99)
    print(f"Coding rounds ({runs} runs each; median, min and max)")
    print(f"{'what':44} {'figure':>34} {'goal':>10}")
    print(f"{'python -c pass (baseline)':44} {spread(baseline):>34}")
    print(f"{'the tests alone (harness, 8 tests)':44} {spread(bare):>34}")
    print(f"{'Ctrl+R to result on screen (app)':44} {spread(latencies):>34} {'<= 1.0 s':>10}")
    print(
        f"{'clock tick lateness, no run (baseline), p99':44} {idle_p99 * 1000:31.1f} ms "
        f"{'':>10}  ({len(idle)} ticks, median {statistics.median(idle) * 1000:.1f} ms)"
    )
    print(
        f"{'clock tick lateness during runs, p99':44} {p99 * 1000:31.1f} ms "
        f"{'< 20 ms':>10}  ({len(lateness)} ticks, "
        f"median {statistics.median(lateness) * 1000:.1f} ms)"
    )
    print(
        f"{'a full garbage collection mid-mock (CPU)':44} "
        f"{statistics.median(frozen) * 1000:31.1f} ms "
        f"{'':>10}  (the whole heap unfrozen: {statistics.median(whole) * 1000:.1f} ms)"
    )
    print(
        f"{'60-min OOP mock, ' + str(saves) + ' saves: history':44} {size / 1024:31.0f} KB "
        f"{'< 1 MB':>10}  (a full copy per save: {naive / 1024 / 1024:.1f} MB)"
    )


if __name__ == "__main__":
    main()
