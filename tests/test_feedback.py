"""The paired-mock core: ticks as events, feedback in session.toml, and feedback.md."""

from __future__ import annotations

import pytest

from mockterm.core.bank import LoadResult
from mockterm.core.review.feedback import FEEDBACK_FILE, feedback_markdown, write_feedback
from mockterm.core.sessions.mock import MockSession
from mockterm.core.sessions.model import Event, Feedback, ticked
from mockterm.core.sessions.session_file import from_dict, read_session, to_dict
from mockterm.core.sessions.store import SessionStore
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        ([], {}),
        ([Event(5, "follow_up", text="a")], {"a": 5}),
        ([Event(5, "follow_up", text="a"), Event(9, "follow_up_untick", text="a")], {}),
        (
            [
                Event(5, "follow_up", text="a"),
                Event(9, "follow_up_untick", text="a"),
                Event(12, "follow_up", text="a"),
            ],
            {"a": 12},
        ),
        ([Event(5, "key_point", text="a"), Event(6, "follow_up", text="b")], {"b": 6}),
        ([Event(5, "follow_up_untick", text="never ticked")], {}),
    ],
)
def test_ticked_follows_the_events(events: list[Event], expected: dict[str, float]) -> None:
    assert ticked(events, "follow_up") == expected


def _paired_mock(loaded: LoadResult, store: SessionStore, clock: FakeClock) -> MockSession:
    mock = MockSession(
        store,
        loaded.bank.round("demo"),
        loaded.bank.prompts["demo-feed"],
        mode="interviewer",
        clock=clock,
    )
    mock.start()
    clock.advance(42)
    assert mock.toggle_tick("follow_up", "How do you handle cold start?") is True
    clock.advance(18)
    assert mock.toggle_tick("key_point", "two-tower retrieval") is True
    mock.next_hint()
    mock.note("asked | clarifying questions", offset=30)
    return mock


def test_ticks_are_saved_as_events_with_their_offsets(
    loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    mock = _paired_mock(loaded, store, clock)
    clock.advance(5)
    assert mock.toggle_tick("key_point", "two-tower retrieval") is False  # a mistake, undone
    assert mock.folder is not None
    saved = read_session(mock.folder)
    assert saved.mode == "interviewer"
    assert [(e.offset, e.kind, e.text) for e in saved.events if "_" in e.kind] == [
        (0, "phase_start", ""),
        (42, "follow_up", "How do you handle cold start?"),
        (60, "key_point", "two-tower retrieval"),
        (65, "key_point_untick", "two-tower retrieval"),
    ]
    assert ticked(saved.events, "key_point") == {}


def test_feedback_and_links_round_trip(
    loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    mock = _paired_mock(loaded, store, clock)
    mock.end()
    feedback = Feedback({"Framing": 3, "Communication": 4}, "hire", "Clear goals.", "Go deeper.")
    mock.save_feedback(feedback)
    assert mock.folder is not None and mock.session is not None
    path = write_feedback(mock.folder, mock.session)
    mock.link("20261121T093000Z_demo_demo-search")
    assert path == mock.folder / FEEDBACK_FILE
    saved = read_session(mock.folder)
    assert saved.feedback == feedback
    assert saved.paired_with == ("20261121T093000Z_demo_demo-search",)
    assert from_dict(to_dict(saved)) == saved
    assert "feedback" not in saved.extra and "paired_with" not in saved.extra
    assert path.read_text() == feedback_markdown(saved)


def test_old_files_without_feedback_still_read(
    loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    mock = MockSession(store, loaded.bank.round("demo"), loaded.bank.prompts["demo-feed"])
    mock.start()
    assert mock.session is not None
    data = to_dict(mock.session)
    assert "feedback" not in data and "paired_with" not in data
    session = from_dict(data)
    assert session.feedback is None and session.paired_with == ()


def test_feedback_markdown(loaded: LoadResult, store: SessionStore, clock: FakeClock) -> None:
    mock = _paired_mock(loaded, store, clock)
    mock.end()
    mock.save_feedback(Feedback({"Framing": 3}, "strong_hire", "Clear goals.\n\nGood pace.", ""))
    assert mock.session is not None
    text = feedback_markdown(mock.session)
    assert text.startswith("# Mock interview feedback: Design a feed\n")
    for expected in (
        "**Recommendation: Strong hire**",
        "| Framing | 3/4 (solid) | Asks the questions that change the design. |",
        "| Communication | not scored | Clear and structured. |",
        "Average: 3.0 / 4",
        "## Strengths\n\nClear goals.\n\nGood pace.",
        "> Design a **feed** for a photo app.",
        "- [x] How do you handle cold start? (asked at 0:42)",
        "## Key points (1 of 2 covered)",
        "- [ ] engagement objective",
        "- [x] two-tower retrieval (covered at 1:00)",
        "1. Start with the objective. (at 1:00)",
        "- 0:30 (Framing): asked | clarifying questions",
        "| Framing | 1:00 | 1:00 (the mock stopped here) |",  # it ended early in Framing
        "| Design | 2:00 | skipped |",
    ):
        assert expected in text, expected
    assert "## To work on" not in text  # left empty


def test_feedback_markdown_without_feedback(
    loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    """Before the interviewer writes anything, the export still says what happened."""
    mock = MockSession(store, loaded.bank.round("demo"), loaded.bank.prompts["demo-search"])
    mock.start()
    assert mock.session is not None
    text = feedback_markdown(mock.session)
    assert "Recommendation" not in text and "| Framing | not scored |" in text
    assert "## Follow-ups" not in text  # the prompt has none
