"""Review at scale: 1,000 realistic sessions with transcripts; time the review list and stats.

Generates sessions of the built-in bank's rounds (their phases, prompts and rubrics) over a year:
phase times around plan, checkpoints, hints, notes, self-reviews, and for most of them a WAV-less
transcript with word timings (about 140 words a minute, half the mock spoken, fillers, pauses).
Then times:

- building the review index with no cache (the first `mockterm review` ever, or after the
  cache is deleted);
- opening the review list with the cache: the index alone, and the Review screen in the app
  (headless, 80x24) until its table holds every row. Goal: under 500 ms;
- the same after one session.toml changed (that row is rebuilt);
- `mockterm stats` as a user runs it (a new process). Goal: under 1 s.

Usage: python bench/review_bench.py [N] (default 1000; BENCH_DIR keeps the sessions there).
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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
            (folder / "transcript.json").write_text(json.dumps(transcript))
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


def timed(fn: object, runs: int = 5) -> tuple[float, float]:
    """(median, best) milliseconds of `runs` calls."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), min(times)


async def open_screen(root: Path) -> float:
    """Milliseconds from pushing the Review screen to a table holding every row."""
    from mockterm.core.bank import load_bank
    from mockterm.core.config import Config, Settings
    from mockterm.core.paths import builtin_bank_dir
    from mockterm.core.sessions.store import SessionStore
    from mockterm.ui.app import MocktermApp
    from mockterm.ui.screens.review_screen import ReviewScreen

    store = SessionStore(root)
    settings = Settings(Config(), root, (builtin_bank_dir(),))
    app = MocktermApp(settings, load_bank([builtin_bank_dir()]), store)
    expected = sum(1 for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        t0 = time.perf_counter()
        app.open_review()
        while True:
            await asyncio.sleep(0.002)
            screen = app.screen
            if isinstance(screen, ReviewScreen) and screen.shown and len(screen.shown) == expected:
                break
            if time.perf_counter() - t0 > 60:
                raise TimeoutError("the review list did not fill in 60 s")
        elapsed = (time.perf_counter() - t0) * 1000
        await pilot.pause()
    return elapsed


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    work = Path(os.environ.get("BENCH_DIR") or tempfile.mkdtemp(prefix="mockterm-review-"))
    os.environ["XDG_CACHE_HOME"] = str(work / "cache")
    os.environ["MOCKTERM_CONFIG"] = str(work / "no-config.toml")
    root = work / "sessions"
    from mockterm.core.review.index import ReviewIndex, default_cache

    if not root.exists():
        t0 = time.perf_counter()
        generate(root, count)
        print(f"generated {count} sessions in {time.perf_counter() - t0:.1f} s under {root}")
    cache = default_cache(root)
    size = sum(f.stat().st_size for f in root.rglob("*") if f.is_file())
    words = 0
    if cache.exists():
        cache.unlink()
    t0 = time.perf_counter()
    rows = ReviewIndex(root, cache).load()
    cold = (time.perf_counter() - t0) * 1000
    words = sum(r.words for r in rows)
    warm, _ = timed(lambda: ReviewIndex(root, cache).load())
    screen = statistics.median(asyncio.run(open_screen(root)) for _ in range(3))

    # one session edited: its row is rebuilt, the rest come from the cache
    target = next(r for r in rows if not r.corrupt) if rows else None
    changed = 0.0
    if target is not None:
        path = root / target.folder / "session.toml"
        text = path.read_text()
        path.write_text(text.replace('went_well = "ok"', 'went_well = "good"'))
        t0 = time.perf_counter()
        index = ReviewIndex(root, cache)
        index.load()
        changed = (time.perf_counter() - t0) * 1000
        assert index.rebuilt == 1, index.rebuilt

    # a word no transcript holds: every text is scanned
    searched = ReviewIndex(root, cache)
    searched.load()
    search, _ = timed(lambda: searched.search("zebra"), 3)

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "mockterm", "--sessions", str(root), "stats"]
    stats_times = []
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        stats_times.append((time.perf_counter() - t0) * 1000)
    stats_ms = statistics.median(stats_times)

    from rich.console import Console
    from rich.table import Table

    table = Table(
        title=f"Review of {len(rows)} sessions ({words:,} transcribed words, "
        f"{size / 1e6:.0f} MB on disk)"
    )
    for column in ("measure", "median", "goal", ""):
        table.add_column(column, justify="left" if column == "measure" else "right")

    def row(name: str, ms: float, goal: float | None) -> None:
        ok = "" if goal is None else ("ok" if ms < goal else "MISSED")
        table.add_row(name, f"{ms:,.0f} ms", f"< {goal:,.0f} ms" if goal else "", ok)

    row("index, no cache (first open ever)", cold, None)
    row("index, cached", warm, 500)
    row("Review screen filled (80x24, cached)", screen, 500)
    row("index after one session.toml changed", changed, 500)
    row("search a word no transcript has", search, None)
    row("`mockterm stats` (new process, cached)", stats_ms, 1000)
    Console().print(table)


if __name__ == "__main__":
    main()
