"""Speech insights on hand-made transcripts whose answers are worked out by hand.

`sample_session` and `sample_transcript` are reused by the export and review tests.
"""

from __future__ import annotations

import pytest

from mockterm.core.audio.transcript import Transcript
from mockterm.core.bank import Prompt
from mockterm.core.review.insights import insights
from mockterm.core.review.text import content_stems, filler_hits, stem
from mockterm.core.review.timeline import TimedWord, phase_spans, timeline, transcript_lines
from mockterm.core.sessions.model import (
    KEY_POINTS_CHECKED,
    Event,
    Session,
)
from tests.fakes import KEY_POINTS, STARTED, sample_session, sample_transcript, seg

# --- words --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "forms",
    [
        ("caching", "cached", "cache", "caches"),
        ("latency", "latencies"),
        ("retrieval", "retrieve", "retrieved", "retrieving"),
        ("embed", "embedding", "embeddings", "embedded"),
        ("query", "queries", "queried"),
        ("measure", "measured", "measurement", "measurable"),
        ("evaluate", "evaluation", "evaluating"),
        ("normalize", "normalization", "normalise", "normalisation"),
        ("manager", "manager's", "managers"),
        ("bias", "biases"),
        ("status", "statuses"),
        ("idea", "ideas"),
        ("correct", "correction", "corrected", "corrections"),
        ("predict", "prediction", "predicting"),
        ("used", "uses", "using"),
        ("llm", "llms"),
        ("slo", "slos"),
        ("initialise", "initialised", "initialization"),
    ],
)
def test_stems_meet(forms: tuple[str, ...]) -> None:
    assert len({stem(f) for f in forms}) == 1, {f: stem(f) for f in forms}


def test_content_stems_drop_stopwords() -> None:
    assert content_stems("The position of the bias, and its correction") == [
        "posit",
        "bias",
        "correct",
    ]
    assert content_stems("biases corrected") == ["bias", "correct"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Um, so the answer", ["um"]),
        ("uhh I think ummm hmmm", ["uh", "um", "hmm"]),
        ("I'd like to start with the data", []),
        ("it's, like, a cache", ["like"]),
        ("you know, the model is, like... big", ["you know", "like"]),
        ("I mean the cache matters", []),
        ("I mean, the cache matters", ["i mean"]),
        ("something like that.", []),
        ("er, erm, mm okay", ["er", "erm", "mm"]),
    ],
)
def test_fillers(text: str, expected: list[str]) -> None:
    words = seg(0.0, text).words
    timed = [TimedWord(w.start, w.end, w.word) for w in words]
    assert [name for _, name in filler_hits(timed)] == expected


# --- the time line ------------------------------------------------------------------------------


def test_phase_spans_follow_the_events() -> None:
    spans = phase_spans(sample_session())
    assert [(s.name, s.start, s.end, s.planned, s.actual) for s in spans] == [
        ("Framing", 0.0, 70.0, 60.0, 70.0),
        ("Design", 70.0, 190.0, 120.0, 120.0),
        ("Wrap-up", 190.0, 240.0, 60.0, 50.0),
    ]


def test_lines_move_to_session_time_and_find_their_phase() -> None:
    lines = transcript_lines(sample_session(), sample_transcript())
    assert [(line.start, line.phase) for line in lines] == [
        (3.0, "Framing"),
        (22.0, "Framing"),
        (82.0, "Design"),
        (197.0, "Wrap-up"),
    ]
    assert lines[0].words[0].start == 3.0 and lines[0].end == pytest.approx(6.8)


def test_a_line_said_across_a_phase_change_is_split_there() -> None:
    """A 15-second segment from 62 s to 77 s crosses Framing → Design at 70 s: its first 16
    words (62-69.5 s) are Framing's, the rest Design's, and the parts meet at 70 s."""
    said = " ".join(f"w{i}" for i in range(30))
    transcript = Transcript((seg(60.0, said),), "tiny.en", duration=238.0, session_offset=2.0)
    lines = transcript_lines(sample_session(), transcript)
    assert [(line.phase, line.start, line.end) for line in lines] == [
        ("Framing", 62.0, 70.0),
        ("Design", 70.0, pytest.approx(76.8)),
    ]
    assert lines[0].text == " ".join(f"w{i}" for i in range(16))
    assert lines[1].text == " ".join(f"w{i}" for i in range(16, 30))
    blocks = timeline(sample_session(), transcript)
    assert [i.text for i in blocks[0].items if i.kind == "speech"] == [lines[0].text]
    assert [i.text for i in blocks[1].items if i.kind == "speech"] == [lines[1].text]


def test_timeline_interleaves_events_with_speech() -> None:
    blocks = timeline(sample_session(), sample_transcript())
    assert [b.span.name for b in blocks] == ["Framing", "Design", "Wrap-up"]
    design = [(i.offset, i.kind) for i in blocks[1].items]
    assert design == [(80.0, "hint"), (82.0, "speech"), (100.0, "note"), (110.0, "follow_up")]
    framing = [(i.offset, i.kind) for i in blocks[0].items]
    assert framing == [(3.0, "speech"), (22.0, "speech"), (60.0, "checkpoint")]


def test_timeline_without_a_transcript_still_has_the_events() -> None:
    blocks = timeline(sample_session(audio=False), None)
    assert [i.kind for b in blocks for i in b.items] == ["checkpoint", "hint", "note", "follow_up"]


# --- insights -----------------------------------------------------------------------------------


def test_overall_speech_figures() -> None:
    result = insights(sample_session(), sample_transcript())
    overall = result.overall
    assert overall is not None
    assert result.recorded == (2.0, 240.0)
    assert overall.words == 33
    assert overall.fillers == 3
    assert dict(overall.filler_counts) == {"um": 1, "like": 1, "uh": 1}
    assert overall.fillers_lower_bound
    # speaking: 3.8 + 3.3 + 5.3 + 3.3 seconds of segments
    assert overall.speaking_seconds == pytest.approx(15.7)
    assert overall.silence_seconds == pytest.approx(238 - 15.7)
    assert overall.wpm == pytest.approx(33 * 60 / 15.7)
    assert overall.fillers_per_minute == pytest.approx(3 * 60 / 15.7)
    assert [(p.start, p.seconds, p.phase) for p in overall.pauses] == [
        (87.3, pytest.approx(109.7), "Design"),
        (25.3, pytest.approx(56.7), "Framing"),
        (6.8, pytest.approx(15.2), "Framing"),
    ]


def test_per_phase_figures() -> None:
    phases = {p.span.name: p for p in insights(sample_session(), sample_transcript()).phases}
    framing, design, wrap = phases["Framing"], phases["Design"], phases["Wrap-up"]
    assert framing.speech is not None and design.speech is not None and wrap.speech is not None
    assert framing.speech.window_seconds == pytest.approx(68.0)  # recording starts at 2 s
    assert (framing.speech.words, framing.speech.fillers) == (15, 2)
    assert framing.speech.speaking_seconds == pytest.approx(7.1)
    assert framing.speech.wpm == pytest.approx(15 * 60 / 7.1)
    assert [p.seconds for p in framing.speech.pauses] == [pytest.approx(56.7), pytest.approx(15.2)]
    assert framing.overrun == pytest.approx(10.0)
    assert (design.speech.words, design.speech.fillers) == (11, 1)
    assert design.speech.window_seconds == pytest.approx(120.0)
    assert [h.text for h in design.hints] == ["Start with the objective."]
    assert [f.text for f in design.follow_ups] == ["How do you handle cold start?"]
    assert design.notes == 1
    assert (wrap.speech.words, wrap.speech.fillers, wrap.speech.pauses) == (7, 0, ())
    assert wrap.overrun == pytest.approx(-10.0)


def test_key_points_covered_and_where() -> None:
    result = insights(sample_session(), sample_transcript())
    points = {k.text: k for k in result.key_points}
    engagement = points["engagement objective"]
    assert engagement.covered and engagement.phase == "Framing"
    assert engagement.at == pytest.approx(4.5)  # "objective", the 4th word of segment A
    assert "objective" in engagement.quote and "engagement" in engagement.quote
    retrieval = points["two-tower retrieval"]
    assert retrieval.covered and retrieval.phase == "Design" and retrieval.score == 1.0
    assert retrieval.at == pytest.approx(83.0)  # "retrieve"
    assert not points["position bias correction"].covered
    assert [k.text for k in result.missed] == ["position bias correction"]
    phases = {p.span.name: p for p in result.phases}
    assert phases["Framing"].key_points == ("engagement objective",)
    assert phases["Design"].key_points == ("two-tower retrieval",)


def test_key_points_need_their_words_close_together() -> None:
    session = sample_session()
    far = Transcript((seg(0.0, "the tower was tall"), seg(100.0, "and two people came")), "tiny.en")
    assert not insights(session, far).key_points[1].covered


def test_hints_and_follow_ups_against_what_was_available() -> None:
    result = insights(sample_session(), sample_transcript())
    assert [(h.text, h.at) for h in result.hints] == [("Start with the objective.", 80.0)]
    assert result.hints_available == 2
    assert [(f.text, f.at) for f in result.follow_ups] == [("How do you handle cold start?", 110.0)]
    assert result.follow_ups_available == 2


def test_without_a_transcript_only_the_events_count() -> None:
    result = insights(sample_session(audio=False), None)
    assert result.overall is None and all(p.speech is None for p in result.phases)
    assert len(result.hints) == 1


def test_without_a_transcript_or_ticks_key_points_are_not_assessed() -> None:
    """A solo mock that was not recorded: nothing says a key point was missed."""
    from dataclasses import replace

    result = insights(sample_session(audio=False), None)
    assert not result.covered and not result.missed and not result.assessed
    assert all(not k.assessed for k in result.key_points)
    # the user went through them on the End screen and ticked one: the rest are missed
    session = sample_session(audio=False)
    checked = replace(
        session,
        events=(
            *session.events,
            Event(240.0, "key_point", "Wrap-up", KEY_POINTS[0]),
            Event(240.0, KEY_POINTS_CHECKED, "Wrap-up", value=1.0),
        ),
    )
    result = insights(checked, None)
    assert [k.text for k in result.covered] == [KEY_POINTS[0]]
    assert [k.text for k in result.missed] == list(KEY_POINTS[1:])
    # an interviewer was ticking: what is not ticked was not covered
    paired = insights(replace(session, mode="interviewer"), None)
    assert len(paired.missed) == 3 and paired.assessed


def test_a_ticked_key_point_counts_as_covered() -> None:
    from dataclasses import replace

    session = sample_session(audio=False)
    session = replace(
        session, events=(*session.events, Event(150.0, "key_point", "Design", KEY_POINTS[2]))
    )
    point = insights(session, None).key_points[2]
    assert point.covered and point.ticked and point.at == 150.0 and point.phase == "Design"


def test_empty_session_is_harmless() -> None:
    session = Session(
        "x", "demo", "Demo", Prompt("p", "demo", "P", "text"), STARTED, status="interrupted"
    )
    result = insights(session, Transcript((), "tiny.en"))
    assert result.phases == () and result.overall is not None and result.overall.words == 0
    assert result.overall.wpm == 0.0
