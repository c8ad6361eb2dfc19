"""Review at scale: 1,000 and 10,000 sessions with transcripts; the review index and the list.

Generates sessions of the built-in bank's rounds (their phases, prompts and rubrics) over a year:
phase times around plan, checkpoints, hints, notes, self-reviews, and for most of them a WAV-less
transcript of the whole mock with word timings (about 140 words a minute, half the mock spoken,
fillers, pauses): a 45-minute mock's holds about 7,000 words. The 10,000 are the 1,000 again,
nine earlier years of them, their transcripts hard links (the same words, read again).

Then times, each against a baseline measured in the same run (median [min-max, n]):

- the first build of the index of 1,000 (no cache: the first `mockterm review` ever), three
  times: goal <= 10 s; beside it, one process alone on 100 of them, times 10; and where a
  row's time goes;
- one session.toml changed: its row rebuilt, the list saved (goal < 200 ms); beside it, the
  same check with nothing changed;
- the Review screen in the app (headless, 80x24) until its table holds every row, from the cache,
  at 1,000 and at 10,000 (goal <= 300 ms), and until every row was checked against its folder;
  beside it, the same screen over an empty sessions dir;
- at 10,000: a search (a word no session has; a word beginning most have), each sort, a filter
  (goal < 100 ms each, a frame drawn included); beside them, a frame with nothing to do;
- `mockterm stats` as a user runs it (a new process, cached), goal < 1 s; beside it,
  `mockterm --version`.

Usage: python bench/review_bench.py [--runs N] [--build-only | --screen-only] (BENCH_DIR keeps the
sessions and caches there; `--build-only` times the first build and one change alone,
`--screen-only` the Review screen alone).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import msgspec  # noqa: E402

from bench.common import load_note, spread, verdict  # noqa: E402

_SPEECH = (
    "so the first thing I would do is clarify the requirements and the scale we are "
    "talking about then I would sketch the data flow from the client through the service "
    "into the model we can cache the embeddings and serve candidates from an index the "
    "ranking model uses features about the user the item and the context and we train it "
    "on logged impressions with a loss that matches the business objective latency matters "
    "so we keep the heavy model off the critical path and we monitor drift and calibration"
)
WORDS = _SPEECH.split()
FILLERS = ("um,", "uh,", "like,", "you know,", "hmm")


def transcript_for(rng: random.Random, seconds: float) -> dict[str, object]:
    """Segments of 8-25 words at ~140 wpm with gaps, about half the time spoken."""
    segments = []
    at = rng.uniform(0.5, 3.0)
    while at < seconds - 5:
        words = []
        t = at
        for _ in range(rng.randint(8, 25)):
            text = rng.choice(FILLERS) if rng.random() < 0.04 else rng.choice(WORDS)
            length = rng.uniform(0.2, 0.45)
            words.append(
                {
                    "start": round(t, 3),
                    "end": round(t + length, 3),
                    "word": text,
                    "probability": 0.9,
                }
            )
            t += length + rng.uniform(0.0, 0.12)
        segments.append(
            {
                "start": words[0]["start"],
                "end": words[-1]["end"],
                "text": " ".join(str(w["word"]) for w in words),
                "words": words,
            }
        )
        at = t + (rng.uniform(5, 25) if rng.random() < 0.08 else rng.uniform(0.5, 4.0))
    return {
        "version": 1,
        "model": "base.en",
        "language": "en",
        "duration": round(seconds, 3),
        "session_offset": 0.5,
        "segments": segments,
    }


def generate(root: Path, count: int, seed: int = 5) -> None:
    from mockterm.core.bank import load_bank
    from mockterm.core.paths import builtin_bank_dir
    from mockterm.core.sessions.model import Event, PhaseRecord, SelfReview, Session
    from mockterm.core.sessions.session_file import write_session

    rng = random.Random(seed)
    bank = load_bank([builtin_bank_dir()]).bank
    rounds = [r for r in bank.rounds.values() if r.format != "rapid_fire" and r.phases]
    root.mkdir(parents=True, exist_ok=True)
    start = datetime(2025, 11, 1, 8, 0, tzinfo=timezone.utc)
    for n in range(count):
        round_ = rng.choice(rounds)
        prompt = rng.choice(bank.prompts_for(round_.id))
        started = start + timedelta(hours=n * 8.7 + rng.uniform(0, 3))
        events: list[Event] = []
        records = []
        offset = 0.0
        for phase in round_.phases_for(prompt):
            actual = max(phase.seconds * rng.uniform(0.6, 1.5), 10.0)
            events.append(Event(round(offset, 3), "phase_start", phase.name))
            if actual > phase.seconds:
                events.append(Event(round(offset + phase.seconds, 3), "checkpoint", phase.name))
            if prompt.hints and rng.random() < 0.2:
                events.append(
                    Event(round(offset + actual / 2, 3), "hint", phase.name, prompt.hints[0])
                )
            if rng.random() < 0.3:
                events.append(
                    Event(round(offset + actual / 3, 3), "note", phase.name, "check this")
                )
            offset += actual
            events.append(Event(round(offset, 3), "phase_end", phase.name, value=round(actual, 3)))
            records.append(PhaseRecord(phase.name, phase.seconds, round(actual, 3)))
        events.append(Event(round(offset, 3), "end"))
        recorded = rng.random() < 0.8
        name = f"{started:%Y%m%dT%H%M%SZ}_{round_.id}_{prompt.id}"
        folder = root / name
        folder.mkdir()
        extra: dict[str, object] = {}
        if recorded:
            extra["audio"] = {"file": "audio.wav", "offset": 0.5, "seconds": round(offset, 3)}
            extra["transcript"] = {"status": "done", "file": "transcript.json"}
            (folder / "audio.wav").write_bytes(b"")  # present; its sound is not needed here
            transcript = transcript_for(rng, offset)
            (folder / "transcript.json").write_bytes(msgspec.json.encode(transcript))
        reviewed = rng.random() < 0.7
        session = Session(
            id=name,
            round_id=round_.id,
            round_title=round_.title,
            prompt=prompt,
            started_at=started,
            status=rng.choice(["completed"] * 8 + ["ended_early", "interrupted"]),
            ended_at=started + timedelta(seconds=offset),
            rubric=round_.rubric,
            phases=tuple(records),
            events=tuple(events),
            review=SelfReview({r.name: rng.randint(1, 4) for r in round_.rubric}, "ok", "pace")
            if reviewed
            else None,
            grade=rng.choice(["again", "hard", "good", "easy"]) if reviewed else None,
            extra=extra,
        )
        write_session(folder, session)
    # and one of each broken kind: never breaks the list
    (root / "20251101T000000Z_ml_design_broken").mkdir()
    (root / "20251101T000000Z_ml_design_broken" / "session.toml").write_text("status = [")


def grow(root: Path, count: int) -> None:
    """Sessions up to `count` from the first ones: the same mocks in earlier years, their
    transcripts hard links (the same words; each is read on its own all the same)."""
    bases = sorted(p for p in root.iterdir() if (p / "transcript.json").exists() or _readable(p))
    have = sum(1 for p in root.iterdir() if p.is_dir())
    for n in range(have, count):
        base = bases[n % len(bases)]
        back = 1 + n // len(bases)
        year = int(base.name[:4])
        name = f"{year - back}{base.name[4:]}"
        folder = root / name
        folder.mkdir()
        text = (base / "session.toml").read_text().replace(base.name, name)
        for key in ("started_at", "ended_at"):
            text = text.replace(f"{key} = {year}-", f"{key} = {year - back}-", 1)
        (folder / "session.toml").write_text(text)
        for file in ("transcript.json", "audio.wav"):
            if (base / file).exists():
                os.link(base / file, folder / file)


def _readable(folder: Path) -> bool:
    return folder.is_dir() and (folder / "session.toml").exists() and "broken" not in folder.name


def ms(seconds: float) -> float:
    return seconds * 1000


def first_build(root: Path, cache: Path) -> tuple[float, int]:
    """Seconds to build the index with no cache, and its rows."""
    from mockterm.core.review.index import ReviewIndex

    cache.unlink(missing_ok=True)
    began = time.perf_counter()
    rows = ReviewIndex(root, cache).load()
    return time.perf_counter() - began, len(rows)


def one_process(root: Path, sample: int) -> float:
    """Seconds to read `sample` folders in this process alone (the baseline of the workers)."""
    from mockterm.core.review import rows
    from mockterm.core.review.index import session_folders

    folders = [root / name for name in session_folders(root)[:sample]]
    parallel, rows.PARALLEL_FROM = rows.PARALLEL_FROM, len(folders) + 1
    try:
        began = time.perf_counter()
        for _ in rows.build_rows(folders):
            pass
        return time.perf_counter() - began
    finally:
        rows.PARALLEL_FROM = parallel


def where_time_goes(root: Path, sample: int = 40) -> dict[str, float]:
    """Milliseconds per recorded session of each part of building its row (one process)."""
    import sqlite3

    from mockterm.core.audio.transcript import transcript_record
    from mockterm.core.review.row_figures import row_figures
    from mockterm.core.review.rows import build_row, search_words
    from mockterm.core.sessions.session_file import read_session

    folders = [p for p in sorted(root.iterdir()) if (p / "transcript.json").exists()][:sample]
    parts = dict.fromkeys(("session.toml", "transcript.json", "figures", "words"), 0.0)
    words = []
    whole = 0.0
    for folder in folders:
        t0 = time.perf_counter()
        session = read_session(folder)
        t1 = time.perf_counter()
        record = transcript_record((folder / "transcript.json").read_bytes())
        t2 = time.perf_counter()
        figures = row_figures(session, folder)  # reads the transcript again: taken off below
        t3 = time.perf_counter()
        search_words(figures.said)
        t4 = time.perf_counter()
        words.append(build_row(folder)[1])
        whole += time.perf_counter() - t4
        assert record is not None
        took = (t1 - t0, t2 - t1, t3 - t2 - (t2 - t1), t4 - t3)
        for part, seconds in zip(parts, took, strict=True):
            parts[part] += seconds
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE words USING fts5(text)")
    t0 = time.perf_counter()
    with db:
        db.executemany("INSERT INTO words VALUES (?)", [(w,) for w in words])
    parts["full-text insert"] = time.perf_counter() - t0
    parts["the whole row"] = whole
    return {k: ms(v) / len(folders) for k, v in parts.items()}


def incremental(root: Path, cache: Path, runs: int) -> tuple[list[float], list[float]]:
    """Milliseconds to refresh after one session.toml changed, and with nothing changed."""
    from mockterm.core.review.index import ReviewIndex

    index = ReviewIndex(root, cache)
    index.load()
    targets = [r for r in index.rows if not r.corrupt][:runs]
    changed, unchanged = [], []
    for row in targets:
        path = root / row.folder / "session.toml"
        path.write_text(path.read_text().replace("last_seen = 0.0", "last_seen = 0.001", 1))
        began = time.perf_counter()
        again = ReviewIndex(root, cache)
        again.load()
        changed.append(ms(time.perf_counter() - began))
        assert again.rebuilt == 1, again.rebuilt
        began = time.perf_counter()
        ReviewIndex(root, cache).load()
        unchanged.append(ms(time.perf_counter() - began))
    return changed, unchanged


async def screen_times(root: Path, large: bool) -> dict[str, Any]:
    """In the app, headless at 80x24: milliseconds from opening the Review screen to its table
    holding every row (from the cache), to every row checked against its folder; and at scale,
    each search, sort and filter with the frame that shows it."""
    from textual.widgets import Input, Select

    from mockterm.core.bank import load_bank
    from mockterm.core.config import Config, Settings
    from mockterm.core.paths import builtin_bank_dir
    from mockterm.core.sessions.store import SessionStore
    from mockterm.ui.app import MocktermApp
    from mockterm.ui.review_columns import KEYS
    from mockterm.ui.screens.review_screen import ReviewScreen
    from mockterm.ui.widgets.session_table import SessionTable

    root.mkdir(parents=True, exist_ok=True)
    settings = Settings(Config(), root, (builtin_bank_dir(),))
    app = MocktermApp(settings, load_bank([builtin_bank_dir()]), SessionStore(root))
    expected = sum(1 for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    out: dict[str, Any] = {}
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        began = time.perf_counter()
        app.open_review()
        screen: Any = None
        while True:
            await asyncio.sleep(0.001)
            screen = app.screen
            if isinstance(screen, ReviewScreen):
                table = screen.query_one(SessionTable)
                if "fill" not in out and table.row_count == expected and screen.rows:
                    out["fill"] = ms(time.perf_counter() - began)
                if screen.checked and table.row_count == expected:
                    out["checked"] = ms(time.perf_counter() - began)
                    break
            if time.perf_counter() - began > 300:
                raise TimeoutError("the review list did not fill in 300 s")
        out.setdefault("fill", out["checked"])
        if not large:
            return out

        async def frame(action: Any) -> float:
            began = time.perf_counter()
            action()
            await pilot.pause()
            return ms(time.perf_counter() - began)

        out["idle frame"] = [await frame(lambda: None) for _ in range(5)]
        search = screen.query_one("#review-search", Input)
        for word, key in (("zebra", "search, no session has it"), ("cach", "search, most have it")):
            search.value = word
            out[key] = [await frame(screen.run_search) for _ in range(3)]
        search.value = ""
        await frame(screen.run_search)
        out["sort"] = [await frame(screen.action_sort) for _ in KEYS]
        status = screen.query_one("#review-status", Select)
        out["filter"] = [await frame(lambda: setattr(status, "value", "completed"))]
        out["filter"].append(await frame(lambda: setattr(status, "value", Select.NULL)))
    return out


def process_times(command: list[str], runs: int) -> list[float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append(ms(time.perf_counter() - began))
    return times


def screen_report(
    report: Callable[..., None],
    roots: tuple[Path, Path, Path],
    counts: tuple[int, int],
    runs_wanted: int,
) -> None:
    """The Review screen: filled, checked, and at 10,000 each search, sort and filter."""
    empty, small, large = roots
    count, big_count = counts
    empty_screen = [asyncio.run(screen_times(empty, False))["fill"] for _ in range(runs_wanted)]
    base = f"no sessions: {spread(empty_screen, ' ms')}"
    for root, n in ((small, count), (large, big_count)):
        runs = [asyncio.run(screen_times(root, n == big_count)) for _ in range(runs_wanted)]
        fill = [r["fill"] for r in runs]
        scale = n == big_count
        report(
            f"Review screen filled, {n} (cached)",
            fill,
            base,
            "<= 300 ms" if scale else "",
            statistics.median(fill) <= 300 if scale else None,
        )
        report(f"  every row checked, {n}", [r["checked"] for r in runs], base)
    last = runs[-1]
    idle = f"idle frame: {spread(last['idle frame'], ' ms')}"
    for key in ("search, no session has it", "search, most have it", "sort", "filter"):
        values = [v for r in runs for v in r[key]]
        report(
            f"{key} ({big_count})",
            values,
            idle,
            "< 100 ms",
            statistics.median(values) < 100 and max(values) < 200,
        )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--large", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--build-only",
        action="store_true",
        help="only the first build and one change (no app, no 10,000: a few minutes, not many)",
    )
    parser.add_argument(
        "--screen-only",
        action="store_true",
        help="only the Review screen, from the caches (built untimed where there are none)",
    )
    args = parser.parse_args()
    work = Path(os.environ.get("BENCH_DIR") or tempfile.mkdtemp(prefix="mockterm-review-"))
    # a cache dir of its own: the user's caches are neither used nor touched
    os.environ["XDG_CACHE_HOME"] = str(work / "cache")
    os.environ["MOCKTERM_CONFIG"] = str(work / "no-config.toml")
    from mockterm.core.review.index import ReviewIndex, default_cache

    small, large, empty = work / "sessions", work / f"sessions-{args.large}", work / "empty"
    if not small.exists():
        began = time.perf_counter()
        generate(small, args.sessions)
        print(f"generated {args.sessions} sessions in {time.perf_counter() - began:.0f} s")
    if not large.exists() and not args.build_only:
        began = time.perf_counter()
        shutil.copytree(small, large, copy_function=os.link)
        grow(large, args.large)
        print(f"and {args.large} in {time.perf_counter() - began:.0f} s")
    results: list[tuple[str, str, str, str, str]] = []
    goals: dict[str, bool] = {}

    def report(
        name: str, values: list[float], base: str, goal: str = "", met: bool | None = None
    ) -> None:
        results.append(
            (name, spread(values, " ms"), base, goal, "" if met is None else verdict(met))
        )
        if met is not None:
            goals[name] = met

    if args.screen_only:
        # the caches as a user's would be (built untimed where missing): the screen alone
        count, big_count = (len(ReviewIndex(r, default_cache(r)).load()) for r in (small, large))
        screen_report(report, (empty, small, large), (count, big_count), args.runs)
        return _print(results, {}, goals)
    builds = [first_build(small, default_cache(small)) for _ in range(min(3, args.runs))]
    count = builds[0][1]
    cold = statistics.median(seconds for seconds, _ in builds)
    sample = min(100, count)
    alone = one_process(small, sample) * count / sample
    results.append(
        (
            f"first build, {count} sessions (pool of {os.cpu_count()})",
            spread([seconds for seconds, _ in builds], " s", 1),
            f"one process: {alone:.1f} s ({sample} of them, x{count / sample:g})",
            "<= 10 s",
            verdict(cold <= 10),
        )
    )
    goals["first build"] = cold <= 10
    parts = where_time_goes(small)
    changed, unchanged = incremental(small, default_cache(small), args.runs)
    report(
        f"one session.toml changed ({count})",
        changed,
        f"none changed: {spread(unchanged, ' ms')}",
        "< 200 ms",
        statistics.median(changed) < 200,
    )
    if args.build_only:
        return _print(results, parts, goals)
    stats = process_times(
        [sys.executable, "-m", "mockterm", "--sessions", str(small), "stats"], args.runs
    )
    version = process_times([sys.executable, "-m", "mockterm", "--version"], args.runs)
    report(
        f"`mockterm stats`, {count} (new process)",
        stats,
        f"--version: {spread(version, ' ms')}",
        "< 1,000 ms",
        statistics.median(stats) < 1000,
    )

    began = time.perf_counter()
    big_cold, big_count = first_build(large, default_cache(large))
    results.append((f"first build, {big_count} sessions", f"{big_cold:.1f} s", "", "", ""))
    changed_big, unchanged_big = incremental(large, default_cache(large), args.runs)
    report(
        f"one session.toml changed ({big_count})",
        changed_big,
        f"none changed: {spread(unchanged_big, ' ms')}",
    )

    screen_report(report, (empty, small, large), (count, big_count), args.runs)
    return _print(results, parts, goals)


def _print(
    results: list[tuple[str, str, str, str, str]], parts: dict[str, float], goals: dict[str, bool]
) -> int:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"The review index and list ({load_note()})")
    for column in ("measure", "median [min-max, n]", "baseline in the same run", "goal", ""):
        table.add_column(column)
    for row in results:
        table.add_row(*row)
    Console(width=160).print(table)
    if parts:
        print(
            "Where a recorded session's build time goes (one process, ms per session): "
            + ", ".join(f"{k} {v:.1f}" for k, v in parts.items())
        )
    for goal, met in goals.items():
        print(f"  {verdict(met):6} {goal}")
    return 0 if all(goals.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
