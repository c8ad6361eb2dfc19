"""Live transcription: the worker process, fed chunks cut at silences, with the real tiny.en."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from mockterm.core.audio import devices as audio
from mockterm.core.audio.live import LiveTranscriber, SessionRecording
from mockterm.core.audio.live_worker import (
    Requests,
    chunk_options,
    chunk_segments,
    replicas,
    sentences,
    worker_threads,
)
from mockterm.core.audio.recorder import Chunker, rms_level
from mockterm.core.audio.transcript import Segment, Word, read_transcript
from mockterm.core.audio.wav import SAMPLE_RATE, WavWriter, read_pcm
from tests.fakes import SENTENCES, wav16k
from tests.rig.audio_rig import model_dir, require_espeak, speak, word_error_rate

BLOCK = 1600


@pytest.mark.parametrize(
    ("cores", "threads", "models"),
    [(1, 1, (1, 1)), (2, 1, (2, 1)), (4, 3, (2, 2)), (16, 4, (2, 4))],
)
def test_whisper_leaves_a_core_to_the_ui(cores: int, threads: int, models: tuple[int, int]) -> None:
    assert worker_threads(cores) == threads
    # while the mock runs one replica works, with at most cores - 1 threads; after it, both
    assert replicas(cores) == models and models[1] <= max(cores - 1, 1)


def test_at_the_end_the_last_chunk_goes_first_beside_the_one_in_progress() -> None:
    import threading

    requests = Requests(replicas=2)
    for n in range(4):
        requests.put({"id": n})
    assert requests.take() == {"id": 0}  # in order while the mock runs...
    got: list[object] = []
    waiting = threading.Thread(target=lambda: got.append(requests.take()), daemon=True)
    waiting.start()
    waiting.join(0.2)
    assert waiting.is_alive() and not got  # ...one at a time
    requests.end()
    waiting.join(5)
    assert got == [{"id": 3}]  # the chunk said last, beside the one in progress
    requests.done()
    requests.done()
    assert [requests.take(), requests.take()] == [{"id": 1}, {"id": 2}]
    requests.done()
    requests.done()
    assert requests.take() is None


def test_a_chunk_is_not_looked_at_again_after_its_last_words() -> None:
    from types import SimpleNamespace

    pulled: list[float] = []

    def whisper(ends: list[float]) -> Any:
        # faster-whisper's lazy segments: each one pulled is one more step of its decoding
        for end in ends:
            pulled.append(end)
            yield SimpleNamespace(start=end - 2, end=end, text=f"to {end}", words=())

    # a 10 s chunk: the 9.2 s segment ends in its last second, so the next one (a second
    # window over the pause after the last word, an encoder pass) is never asked for
    segments = chunk_segments(whisper([4.0, 9.2, 9.9]), shift=60.0, seconds=10.0)
    assert [s.end for s in segments] == [64.0, 69.2] and pulled == [4.0, 9.2]
    pulled.clear()
    # speech that goes on past the first segments is all kept
    segments = chunk_segments(whisper([4.0, 6.0, 9.5]), shift=0.0, seconds=10.0)
    assert [s.end for s in segments] == [4.0, 6.0, 9.5]


def test_a_long_segment_is_cut_into_its_sentences() -> None:
    words = [(0.0, 0.4, "Next,"), (0.5, 1.0, "we"), (1.1, 2.0, "rank."), (3.0, 3.4, "Is")]
    words += [(3.5, 3.9, "it"), (4.0, 4.6, '"fast?"'), (5.2, 6.0, "Yes")]
    segment = Segment(0.0, 6.0, "Next, we rank. Is it fast? Yes", tuple(Word(*w) for w in words))
    parts = sentences(segment)
    assert [(p.start, p.end, p.text) for p in parts] == [
        (0.0, 2.0, "Next, we rank."),
        (3.0, 4.6, 'Is it "fast?"'),
        (5.2, 6.0, "Yes"),
    ]
    assert [w for p in parts for w in p.words] == list(segment.words)
    assert sentences(parts[0]) == [parts[0]]  # one sentence, or no words: as it was
    assert sentences(Segment(0.0, 1.0, "Hi. There.")) == [Segment(0.0, 1.0, "Hi. There.")]


def test_greedy_decoding_once_the_user_waits() -> None:
    options = {"beam_size": 5, "vad_filter": True}
    assert chunk_options(options, {"id": 1}, ended=False) == options
    assert chunk_options(options, {"id": 1, "last": True}, ended=False)["beam_size"] == 1
    assert chunk_options(options, {"id": 1}, ended=True) == {"beam_size": 1, "vad_filter": True}


@pytest.fixture(scope="module")
def spoken(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sentences with a second of silence between them, as mockterm records (16 kHz)."""
    require_espeak()
    folder = tmp_path_factory.mktemp("live")
    pcm = b""
    for i, sentence in enumerate(SENTENCES):
        one = wav16k(speak(sentence, folder / f"s{i}.wav"), folder / f"s{i}-16k.wav")
        pcm += read_pcm(one) + bytes(2 * SAMPLE_RATE)
    writer = WavWriter(folder / "audio.wav", SAMPLE_RATE)
    writer.write(pcm)
    writer.close()
    return folder / "audio.wav"


@pytest.mark.parametrize("last", [False, True], ids=["beam", "greedy"])
def test_chunks_cut_at_silences_transcribe_like_the_whole(spoken: Path, last: bool) -> None:
    pcm = read_pcm(spoken)
    chunker = Chunker(SAMPLE_RATE, min_seconds=1.0)
    cuts = []
    for first in range(0, len(pcm) // 2, BLOCK):
        block = pcm[first * 2 : (first + BLOCK) * 2]
        cut = chunker.feed(first, len(block) // 2, rms_level(block), False)
        if cut:
            cuts.append(cut)
    if (last := chunker.flush()) is not None:
        cuts.append(last)
    assert len(cuts) == len(SENTENCES)  # one chunk per sentence, cut in the silences

    heard: list[Segment] = []
    live = LiveTranscriber(model_dir(), "cpu", on_segment=heard.append)
    live.start()
    for start, end in cuts:
        assert live.submit(spoken, start, end, last=last)  # last: decoded as at the end
    segments = live.finish(timeout=300)
    assert not live.error
    assert segments == sorted(heard, key=lambda s: s.start)
    text = " ".join(s.text for s in segments)
    assert word_error_rate(" ".join(SENTENCES), text) < 0.25, text
    # times are of the whole file, not of the chunk
    for segment in segments:
        assert any(a / SAMPLE_RATE - 0.1 <= segment.start <= b / SAMPLE_RATE for a, b in cuts)
    assert live.pending == 0


def test_a_missing_model_is_reported_not_raised(tmp_path: Path) -> None:
    problems: list[str] = []
    live = LiveTranscriber(str(tmp_path / "nothing-here"), "cpu", on_problem=problems.append)
    live.start()
    began = time.monotonic()
    segments = live.finish(timeout=60)
    assert segments == [] and time.monotonic() - began < 60
    assert problems and "not a Whisper model directory" in problems[0]


class FileStream:
    """A fake PortAudio input that plays a WAV file in real time (sped up 4x)."""

    source: Path

    def __init__(self, *, samplerate: int, blocksize: int, callback: Any, **_: Any) -> None:
        import threading

        self.block, self.callback = blocksize, callback
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        from tests.fakes import FakeStatus

        pcm = read_pcm(self.source)
        position = 0
        while not self.stopped.is_set():
            block = pcm[position : position + self.block * 2]
            block += bytes(self.block * 2 - len(block))  # then silence
            self.callback(block, self.block, None, FakeStatus())
            position += self.block * 2
            time.sleep(self.block / SAMPLE_RATE / 4)

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.stopped.set()
        self.thread.join()

    def close(self) -> None:
        self.stopped.set()


def test_a_session_recording_transcribes_while_it_records(
    spoken: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.fakes import FakeSoundDevice

    class FileSoundDevice(FakeSoundDevice):
        RawInputStream = FileStream

    FileStream.source = spoken
    monkeypatch.setattr(audio, "load_sounddevice", lambda: FileSoundDevice)
    lines: list[str] = []
    levels: list[float] = []
    recording = SessionRecording(
        tmp_path,
        model=model_dir(),
        whisper_device="cpu",
        on_segment=lambda s: lines.append(s.text),
        on_level=levels.append,
    )
    recording.start(session_offset=1.5)
    seconds = len(read_pcm(spoken)) / 2 / SAMPLE_RATE
    deadline = time.monotonic() + 120
    while recording.recorder.seconds < seconds + 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    # behaviour, not speed: a finished chunk is transcribed while the recording still runs,
    # however long a busy machine takes to do it
    deadline = time.monotonic() + 300
    while not lines and time.monotonic() < deadline:
        time.sleep(0.05)
    assert lines, "lines come in while the recording runs"
    recording.stop()
    table = recording.finish_transcript(timeout=300)
    assert table["status"] == "done", table
    transcript = read_transcript(tmp_path)
    assert transcript.session_offset == 1.5
    assert word_error_rate(" ".join(SENTENCES), transcript.text) < 0.25, transcript.text
    assert max(levels) > 0.3
    info = recording.info()
    assert info["status"] == "stopped" and info["overflows"] == 0 and info["offset"] == 1.5
