"""A review row's figures of what was said, the short way (`transcript.json`'s columns) and the
long way (`insights`), on many made-up transcripts: they must be the same."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest

from mockterm.core.audio.transcript import Segment, Transcript, Word, write_transcript
from mockterm.core.review.row_figures import RowFigures, _from_columns, _from_insights
from mockterm.core.sessions.model import Event, Session
from tests.fakes import sample_session

SPEECH = (
    "so the engagement objective matters, the two-tower retrieval model gives candidates and "
    "we correct position bias with a correction model; latency, caching, embeddings ... - "
    "objective engagement retrieval two tower bias position"
)
SAID = SPEECH.split()
FILLERS = ("um,", "uh", "like,", "you", "know,", "I", "mean,", "hmm", "ummm", "like", "er")


def made_up(rng: random.Random, *, in_order: bool) -> Transcript:
    """Segments over the 4-minute sample mock, some across its phase changes (70 s, 190 s),
    with fillers, blank words and, unless `in_order`, words whose times go back."""
    segments = []
    at = rng.uniform(0.0, 3.0)
    while at < 236:
        words = []
        t = at
        for _ in range(rng.randint(1, 20)):
            text = rng.choice(FILLERS) if rng.random() < 0.2 else rng.choice(SAID)
            if rng.random() < 0.03:
                text = " "  # a blank word: dropped
            length = rng.uniform(0.1, 0.5)
            words.append(Word(round(t, 3), round(t + length, 3), f" {text}", 0.9))
            t += length + (rng.uniform(2, 8) if rng.random() < 0.05 else rng.uniform(0, 0.2))
        if not in_order and rng.random() < 0.2:
            i = rng.randrange(len(words))
            words[i] = words[i]._replace(start=max(words[i].start - 3.0, 0.0))
        text = "".join(w.word for w in words)
        segments.append(Segment(words[0].start, max(w.end for w in words), text, tuple(words)))
        at = t + rng.uniform(0.2, 6.0)
    return Transcript(tuple(segments), "base.en", 238.0, session_offset=2.0)


def ticked(session: Session, rng: random.Random) -> Session:
    """Some key points ticked, during the mock or after it."""
    events = list(session.events)
    for point in session.prompt.key_points:
        if rng.random() < 0.3:
            events.append(Event(rng.choice([50.0, 241.0]), "key_point", "Design", point))
    return dataclasses.replace(session, events=tuple(events))


@pytest.mark.parametrize("seed", range(40))
def test_the_short_way_gives_the_figures_of_the_long_way(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    session = ticked(sample_session(), rng)
    if seed % 5 == 4:  # the audio's own length unknown: the window ends with the last line
        session = dataclasses.replace(session, extra={"audio": {"offset": 1.5}})
    write_transcript(tmp_path, made_up(rng, in_order=seed % 2 == 0))
    short = _from_columns(session, tmp_path)
    assert short is not None
    long = _from_insights(session, tmp_path)
    assert short == long
    assert long.has_transcript and long.words > 0 and long.speaking > 0


def test_the_figures_are_not_all_zero(tmp_path: Path) -> None:
    """The comparison above compares something: key points said, fillers counted."""
    found = []
    for seed in range(10):
        write_transcript(tmp_path, made_up(random.Random(seed), in_order=True))
        found.append(_from_columns(sample_session(), tmp_path))
    assert all(isinstance(f, RowFigures) for f in found)
    assert any(f.key_points[0] > 0 for f in found if f) and all(f.fillers for f in found if f)


@pytest.mark.parametrize(
    "content",
    [
        b"not json",
        b'{"segments": [{"start": 1.0, "end": 2.0, "text": "no words"}]}',
        b'{"segments": [{"start": 1, "end": 2.0, "text": "a", "words": []}]}',
        b'{"segments": [], "duration": -1.0}',
        b'{"segments": [{"start": 1.0, "end": 2.0, "text": "a\\u001b[31m", "words": []}]}',
    ],
)
def test_any_other_transcript_goes_the_long_way(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "transcript.json").write_bytes(content)
    assert _from_columns(sample_session(), tmp_path) is None
