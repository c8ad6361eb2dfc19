"""Review sections: computed once from a saved mock, drawn as Markdown and with Rich."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from rich.console import Console, RenderableType

from mockterm.core.audio.transcript import write_transcript
from mockterm.core.bank import RubricItem
from mockterm.core.review.export import load_review
from mockterm.core.review.markdown import review_markdown
from mockterm.core.review.sections import (
    Check,
    Record,
    ScoreRow,
    feedback,
    review_sections,
    score_rows,
)
from mockterm.core.sessions.model import Event, Feedback
from mockterm.core.sessions.session_file import write_session
from mockterm.core.sessions.store import SessionStore
from mockterm.ui import review_rich
from tests.fakes import sample_session, sample_transcript

RUBRIC = (RubricItem("Framing", "asks"), RubricItem("Communication", "clear"))


@pytest.mark.parametrize(
    ("scores", "expected"),
    [
        ({}, [("Framing", None), ("Communication", None)]),
        ({"Communication": 2}, [("Framing", None), ("Communication", 2)]),
        # a score of a dimension the rubric lacks (a hand-edited file) is kept, last
        ({"Other": 1, "Framing": 4}, [("Framing", 4), ("Communication", None), ("Other", 1)]),
    ],
)
def test_score_rows_follow_the_rubric(
    scores: dict[str, int], expected: list[tuple[str, int | None]]
) -> None:
    assert [(r.name, r.score) for r in score_rows(RUBRIC, scores)] == expected


@pytest.mark.parametrize(
    ("row", "label"),
    [(ScoreRow("a", 1), "weak"), (ScoreRow("a", 4), "strong"), (ScoreRow("a", None), "")],
)
def test_score_labels(row: ScoreRow, label: str) -> None:
    assert row.label == label


def test_feedback_average_counts_the_scores_given() -> None:
    session = replace(sample_session(), feedback=Feedback({"Framing": 3}, "hire"))
    given = feedback(session)
    assert given is not None and given.recommendation == "Hire" and given.average == 3.0
    assert feedback(sample_session()) is None


def test_record_counts_what_was_ticked() -> None:
    assert Record.done([Check("a", 4.0), Check("b", None)]) == 1


@pytest.fixture
def review_folder(store: SessionStore) -> Path:
    store.ensure()
    folder = store.root / "20261114T090000Z_demo_demo-feed"
    folder.mkdir()
    session = sample_session()
    note = Event(100.0, "note", "Design", "[red]not markup[/red]")
    session = replace(
        session,
        prompt=session.prompt._replace(title="Design a [b]feed[/b]"),
        events=tuple(note if e.kind == "note" else e for e in session.events),
    )
    write_session(folder, session)
    write_transcript(folder, sample_transcript())
    return folder


def _plain(renderable: RenderableType) -> str:
    console = Console(file=io.StringIO(), width=120, record=True)
    console.print(renderable)
    return console.export_text()


def test_silences_are_for_the_screen_not_the_export(review_folder: Path) -> None:
    sections = review_sections(load_review(review_folder))
    framing = sections.transcript[0]
    assert [line.kind for line in framing.lines] == [
        "speech",
        "silence",
        "speech",
        "silence",
        "checkpoint",
    ]
    assert "of silence" not in review_markdown(sections)
    rows = [str(text) for text, _ in review_rich.transcript(sections)]
    assert "  0:06 … 15 s of silence" in rows


def test_rich_drawing_shows_untrusted_words_as_they_are(review_folder: Path) -> None:
    sections = review_sections(load_review(review_folder))
    title = _plain(review_rich.title(sections.heading))
    assert title.startswith("Design a [b]feed[/b]  Demo round")
    rows = [str(text) for text, _ in review_rich.transcript(sections)]
    assert "  1:40 ✎ Note: [red]not markup[/red]" in rows
