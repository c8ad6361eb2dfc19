"""Benchmark (a): mockterm's transcription vs calling faster-whisper directly.

Same 5-minute audio, same model and settings, in one run, alternating the two so neither gets a
warmer machine. Goal: mockterm / direct <= 1.10. Also prints the real-time factor.

    .venv/bin/python bench/transcribe_overhead.py [--model DIR|NAME] [--minutes 5] [--rounds 2]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.audio_speech import speech_wav
from bench.common import default_model, load_note, spread


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default=default_model())
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()

    from mockterm.core.audio.transcription import (
        Transcriber,
        transcribe_options,
        transcribe_session,
    )
    from mockterm.core.bank import load_bank
    from mockterm.core.paths import builtin_bank_dir
    from mockterm.core.sessions.mock import MockSession
    from mockterm.core.sessions.store import SessionStore

    scratch = Path(tempfile.mkdtemp(prefix="mockterm-bench-"))
    audio = speech_wav(scratch / "speech.wav", args.minutes * 60)
    duration = (audio.stat().st_size - 44) / 2 / 16000

    # a saved session holding the audio, as `mockterm transcribe` finds it
    bank = load_bank([builtin_bank_dir()]).bank
    round_ = next(iter(bank.rounds.values()))
    mock = MockSession(SessionStore(scratch / "sessions"), round_, bank.prompts_for(round_.id)[0])
    folder = mock.start()
    (folder / "audio.wav").write_bytes(audio.read_bytes())
    mock.set_extra("audio", {"file": "audio.wav", "offset": 0.0})
    mock.end()

    transcriber = Transcriber(args.model, "cpu")
    began = time.perf_counter()
    model = transcriber.load()  # one model for both: the comparison is of everything around it
    load_seconds = time.perf_counter() - began
    options = transcribe_options()

    def direct() -> int:
        segments, _info = model.transcribe(str(audio), **options)
        return sum(1 for _ in segments)

    def through_mockterm() -> int:
        return len(transcribe_session(folder, transcriber).segments)

    times: dict[str, list[float]] = {"faster-whisper directly": [], "mockterm transcribe": []}
    counts = {}
    for _ in range(args.rounds):
        for name, run in (
            ("faster-whisper directly", direct),
            ("mockterm transcribe", through_mockterm),
        ):
            began = time.perf_counter()
            counts[name] = run()
            times[name].append(time.perf_counter() - began)

    base = statistics.median(times["faster-whisper directly"])
    print(
        f"\nTranscription overhead: {duration / 60:.1f} min of speech, "
        f"model {Path(args.model).name}"
    )
    print(
        f"(model loaded once in {load_seconds:.2f} s; {args.rounds} alternating runs; "
        f"{load_note()})\n"
    )
    print(f"{'':26}{'seconds: median [min-max, n]':>30}{'RTF':>8}{'segments':>10}{'vs direct':>11}")
    for name, values in times.items():
        median = statistics.median(values)
        print(
            f"{name:26}{spread(values, digits=2):>30}{median / duration:8.3f}{counts[name]:10d}"
            f"{median / base:10.2f}x"
        )
    ratio = statistics.median(times["mockterm transcribe"]) / base
    print(f"\ngoal <= 1.10x: {'met' if ratio <= 1.10 else 'MISSED'} ({ratio:.3f}x)")
    return 0 if ratio <= 1.10 else 1


if __name__ == "__main__":
    sys.exit(main())
