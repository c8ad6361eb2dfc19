"""Benchmarks (b) and (c): live transcription through the audio rig, quiet and beside a busy core.

(b) For mocks of `--minutes` (default 2) played into the PulseAudio null sink, each run `--runs`
times on a quiet machine and `--runs` times beside a process that keeps one core busy: seconds
from the end of the mock to the complete transcript (goal <= 3 s in both), input overflows (goal
0), and peak RSS growth of the app's process (goal < 30 MB). Baseline in the same run:
transcribing the whole recording after the end, which is what waiting without live mode costs.

(c) Lateness of the audio callback and of a 4 Hz UI-style timer tick (asyncio, like Textual's
set_interval) while live transcription runs (goal p99 < 20 ms), against two baselines measured in
the same run: no transcription at all, and Whisper in the app's own process (what the separate
process avoids).

Needs the rig: `bash tests/rig/start-audio-rig.sh`.

    .venv/bin/python bench/live_transcription.py [--minutes 2] [--runs 2] [--baseline-minutes 1]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.audio_speech import speech_wav
from bench.common import busy_core, default_model, load_note, rig_problem, spread, verdict

TICK = 0.25


def rss_mb(pid: int | str = "self") -> float:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] if ordered else 0.0


class CallbackClock:
    """Wraps the Recorder's PortAudio callback to note when each block arrives."""

    def __init__(self) -> None:
        self.arrivals: list[float] = []

    def install(self, recorder: Any) -> None:
        original = recorder._callback

        def timed(indata: Any, frames: int, time_info: Any, status: Any) -> None:
            self.arrivals.append(time.monotonic())
            original(indata, frames, time_info, status)

        recorder._callback = timed

    def lateness_ms(self, block_seconds: float, window: int = 20) -> list[float]:
        """How late each block came against the best schedule of the last `window` blocks
        (2 s): the earliest any recent block predicts for it. A local schedule, because the
        input's sample clock drifts from the monotonic clock by a fraction of a percent, which
        over minutes would swamp the lateness being measured."""
        out = []
        arrivals = self.arrivals
        for i in range(window, len(arrivals)):
            expected = min(arrivals[j] + (i - j) * block_seconds for j in range(i - window, i + 1))
            out.append((arrivals[i] - expected) * 1000)
        return out


def callback_probe(stop: threading.Event, samples: list[float], period: float = 0.021) -> None:
    """A Python callback every 21 ms on deadlines, doing what the Recorder's does (copy a block,
    queue it), noting how late it runs. PortAudio's real callback needs the GIL the same way, but
    through PulseAudio's null sink its arrival times mostly show PulseAudio's own batching (the
    "rig delivery" column), so this probe is what measures the GIL's effect."""
    import queue

    sink: queue.SimpleQueue[bytes] = queue.SimpleQueue()
    block = bytes(2 * 336)
    start = time.monotonic()
    n = 0
    while not stop.is_set():
        n += 1
        deadline = start + n * period
        delay = deadline - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        samples.append((time.monotonic() - deadline) * 1000)
        sink.put(bytes(block))
        if n % 100 == 0:
            while not sink.empty():
                sink.get()


async def tick_lateness(stop: threading.Event, samples: list[float], rss: list[float]) -> None:
    """A 4 Hz timer on deadlines, like the session screen's tick; notes how late each fires."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    n = 0
    while not stop.is_set():
        n += 1
        deadline = start + n * TICK
        await asyncio.sleep(max(deadline - loop.time(), 0))
        samples.append((loop.time() - deadline) * 1000)
        if n % 4 == 0:
            rss.append(rss_mb())


def run_case(
    name: str,
    audio: Path,
    seconds: float,
    model: str,
    mode: str,
    folder: Path,
) -> dict[str, Any]:
    """Record `seconds` of `audio` played into the rig; mode: idle, live, or inprocess."""
    from mockterm.core.audio.live import SessionRecording
    from mockterm.core.audio.live_worker import worker_threads
    from mockterm.core.audio.recorder import BLOCK_SECONDS, Chunker, Recorder
    from mockterm.core.audio.transcription import Transcriber

    folder.mkdir(parents=True)
    clock = CallbackClock()
    inprocess: Transcriber | None = None
    chunks: list[tuple[int, int]] = []
    recording: SessionRecording | None = None
    recorder: Recorder
    if mode == "live":
        recording = SessionRecording(folder, model=model, whisper_device="cpu", live=True)
        recorder = recording.recorder
    else:
        chunker = Chunker()

        def collect(first: int, frames: int, rms: float, paused: bool) -> None:
            cut = chunker.feed(first, frames, rms, paused)
            if cut:
                chunks.append(cut)

        recorder = Recorder(folder / "audio.wav", on_block=collect)
        if mode == "inprocess":
            inprocess = Transcriber(model, "cpu", cpu_threads=worker_threads())
            inprocess.load()
    clock.install(recorder)

    stop = threading.Event()
    worker_stop = threading.Event()

    def whisper_here() -> None:
        # Whisper in the app's process, as the separate process avoids
        import numpy as np

        from mockterm.core.audio.wav import read_pcm

        assert inprocess is not None
        done = 0
        while not worker_stop.is_set():
            if done < len(chunks):
                start, end = chunks[done]
                pcm = read_pcm(folder / "audio.wav", start, end)
                samples = np.frombuffer(pcm, dtype=np.int16).astype(np.float32) / 32768
                inprocess.transcribe(samples)
                done += 1
            else:
                time.sleep(0.05)

    ticks: list[float] = []
    rss: list[float] = []
    probe: list[float] = []
    probe_thread = threading.Thread(target=callback_probe, args=(stop, probe), daemon=True)
    if recording is not None:
        recording.start(0.0)
    else:
        recorder.start()
    helper = threading.Thread(target=whisper_here, daemon=True) if inprocess else None
    if helper:
        helper.start()
    player = subprocess.Popen(["paplay", "--device=mock", str(audio)])
    probe_thread.start()

    async def main_loop() -> None:
        task = asyncio.create_task(tick_lateness(stop, ticks, rss))
        await asyncio.sleep(seconds)
        stop.set()
        await task

    asyncio.run(main_loop())
    probe_thread.join()
    player.terminate()
    player.wait()
    worker_rss = 0.0
    if recording is not None and recording.transcriber is not None:
        process = recording.transcriber._process
        if process is not None:
            worker_rss = rss_mb(process.pid)
    ended = time.monotonic()
    behind = 0
    if recording is not None:
        recording.stop()
        # chunks not yet transcribed when the mock ended, the last one (cut at the end) included
        behind = recording.transcriber.pending if recording.transcriber is not None else 0
        table = recording.finish_transcript(timeout=600)
        to_transcript = time.monotonic() - ended
        overflows = recording.recorder.overflows
        segments = table.get("segments", 0)
    else:
        recorder.stop()
        worker_stop.set()
        if helper:
            helper.join()
        to_transcript = float("nan")
        overflows = recorder.overflows
        segments = 0
    settled = rss[min(len(rss) - 1, 10)] if rss else 0.0  # after ~10 s: model and buffers loaded
    callback = clock.lateness_ms(BLOCK_SECONDS)
    return {
        "name": name,
        "seconds": recorder.seconds,
        "to_transcript": to_transcript,
        "behind": behind,
        "segments": segments,
        "overflows": overflows,
        "rss_growth": (max(rss) - settled) if rss else 0.0,
        "worker_rss": worker_rss,
        "callback_p99": p99(probe),
        "callback_max": max(probe, default=0.0),
        "delivery_p99": p99(callback),
        "tick_p99": p99(ticks),
        "tick_median": statistics.median(ticks) if ticks else 0.0,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default=default_model())
    parser.add_argument("--minutes", type=float, default=2.0)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--baseline-minutes", type=float, default=1.0)
    args = parser.parse_args()
    from mockterm.core.audio.transcription import Transcriber

    if problem := rig_problem():
        print(f"live transcription not measured: {problem}")
        return 1
    scratch = Path(tempfile.mkdtemp(prefix="mockterm-bench-live-"))
    audio = speech_wav(scratch / "speech.wav", max(args.minutes, args.baseline_minutes) * 60 + 5)
    baselines: list[tuple[str, str, float]] = [
        ("no transcription", "idle", args.baseline_minutes * 60),
        ("Whisper in-process", "inprocess", args.baseline_minutes * 60),
    ]
    results = []
    for name, mode, seconds in baselines:
        print(f"recording {seconds / 60:.1f} min: {name} ...", file=sys.stderr, flush=True)
        results.append(run_case(name, audio, seconds, args.model, mode, scratch / mode))
    live: dict[str, list[dict[str, Any]]] = {"quiet": [], "one core busy": []}
    for run in range(args.runs):
        for condition, runs in live.items():
            print(f"recording {args.minutes:.1f} min: live, {condition} ...", file=sys.stderr)
            folder = scratch / f"live-{condition.replace(' ', '-')}-{run}"
            if condition == "quiet":
                runs.append(run_case("live", audio, args.minutes * 60, args.model, "live", folder))
            else:
                with busy_core():
                    runs.append(
                        run_case("live", audio, args.minutes * 60, args.model, "live", folder)
                    )
    for condition, runs in live.items():
        results.append({**runs[-1], "name": f"live, {condition}"})

    # the baseline for (b): no live mode, so the whole recording is transcribed after the end
    began = time.perf_counter()
    Transcriber(args.model, "cpu").transcribe(scratch / "live-quiet-0" / "audio.wav")
    batch_after_end = time.perf_counter() - began

    print(f"\nLive transcription, model {Path(args.model).name} ({load_note()})\n")
    print(
        f"{'case':24}{'minutes':>8}{'callback p99':>13}{'max':>7}{'tick p99':>10}"
        f"{'overflows':>10}{'RSS growth':>11}{'rig delivery p99':>18}"
    )
    for r in results:
        print(
            f"{r['name']:24}{r['seconds'] / 60:8.1f}{r['callback_p99']:10.1f} ms"
            f"{r['callback_max']:7.0f}{r['tick_p99']:7.1f} ms{r['overflows']:10d}"
            f"{r['rss_growth']:8.1f} MB{r['delivery_p99']:15.0f} ms"
        )
    print(
        f"\nEnd of a {args.minutes:g}-minute mock to its complete transcript, median [min-max, n]"
        f" (baseline, no live mode: the whole recording after the end, {batch_after_end:.1f} s)"
    )
    goals = {}
    for condition, runs in live.items():
        seconds = [r["to_transcript"] for r in runs]
        behind = spread([r["behind"] for r in runs])
        print(f"  live, {condition:14} {spread(seconds, ' s', 1)}  (goal <= 3 s)")
        print(f"    chunks left to transcribe when it ended (the last included): {behind}")
        goals[f"transcript <= 3 s after the end, {condition}"] = statistics.median(seconds) <= 3
    every = [r for runs in live.values() for r in runs]
    print(f"Whisper worker process RSS at the end: {max(r['worker_rss'] for r in every):.0f} MB")
    goals["0 input overflows"] = all(r["overflows"] == 0 for r in every)
    goals["RSS growth < 30 MB"] = all(r["rss_growth"] < 30 for r in every)
    goals["callback p99 < 20 ms (quiet)"] = all(r["callback_p99"] < 20 for r in live["quiet"])
    goals["UI tick p99 < 20 ms (quiet)"] = all(r["tick_p99"] < 20 for r in live["quiet"])
    for goal, met in goals.items():
        print(f"  {verdict(met):6} {goal}")
    return 0 if all(goals.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
