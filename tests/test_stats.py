"""Trends over sessions (`mockterm stats` and the trends screen's figures)."""

from __future__ import annotations

from datetime import date

import pytest

from mockterm.cli import main
from mockterm.core.review.index import ReviewIndex, ReviewRow
from mockterm.core.review.stats import attempts, trends, week_of
from mockterm.core.sessions.store import SessionStore
from tests.test_review_index import add


def row(day: str, round_id: str = "demo", **kw: object) -> ReviewRow:
    return ReviewRow(
        folder=f"{day}_{round_id}", started_at=f"{day}T09:00:00+00:00", round_id=round_id, **kw
    )  # type: ignore[arg-type]


def test_weeks_overruns_speech_and_scores() -> None:
    rows = [
        row(
            "2026-11-02",
            phases=(("Framing", 60.0, 90.0), ("Design", 120.0, 100.0)),
            scores={"Framing": 2},
            has_transcript=True,
            words=300,
            speaking=120.0,
            fillers=6,
        ),
        row("2026-11-04", "ml_design", phases=(("Framing", 60.0, 70.0),), scores={"Framing": 3}),
        row(
            "2026-11-20",
            phases=(("Framing", 60.0, 50.0), ("Design", 120.0, 0.0)),
            scores={"Framing": 4},
            has_transcript=True,
            words=260,
            speaking=120.0,
            fillers=2,
        ),
        ReviewRow(folder="broken", started_at="", round_id="?", error="not valid TOML"),
    ]
    result = trends(rows)
    assert result.sessions == 3
    assert [(w, dict(c)) for w, c in result.weeks] == [
        (date(2026, 11, 2), {"demo": 1, "ml_design": 1}),
        (date(2026, 11, 9), {}),
        (date(2026, 11, 16), {"demo": 1}),
    ]
    framing = next(o for o in result.overruns if o.phase == "Framing")
    assert (framing.sessions, framing.mean, framing.worst) == (3, pytest.approx(10.0), 30.0)
    assert framing.share_over == pytest.approx(2 / 3)
    design = next(o for o in result.overruns if o.phase == "Design")
    assert design.sessions == 1  # a skipped phase (0 s) is not an overrun of -2:00
    assert [v for _, v in result.wpm] == [150.0, 130.0]
    assert [v for _, v in result.fillers] == [3.0, 1.0]
    assert [v for _, v in result.scores["Framing"]] == [2.0, 3.0, 4.0]
    assert trends(rows, "ml_design").sessions == 1
    assert week_of(rows[0].started) == date(2026, 11, 2)


def test_attempts_of_one_prompt_oldest_first() -> None:
    rows = [
        row("2026-11-20", prompt_id="a"),
        row("2026-11-02", prompt_id="a"),
        row("2026-11-03", prompt_id="b"),
    ]
    assert [r.started_at[:10] for r in attempts(rows, "a")] == ["2026-11-02", "2026-11-20"]


def test_cli_stats_prints_the_tables(
    store: SessionStore, capsys: pytest.CaptureFixture[str]
) -> None:
    add(store, 0)
    add(store, 8)
    assert main(["--sessions", str(store.root), "stats"]) == 0
    out = capsys.readouterr().out
    for title in ("Sessions per week", "Overrun per phase", "Speech per week", "Self-scores"):
        assert title in out
    assert "2 sessions" in out
    assert len(ReviewIndex(store.root).load()) == 2


def test_cli_stats_with_nothing(store: SessionStore, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--sessions", str(store.root), "stats"]) == 0
    assert "No sessions" in capsys.readouterr().out


def test_cli_review_needs_a_terminal(
    store: SessionStore, capsys: pytest.CaptureFixture[str]
) -> None:
    add(store, 0)
    assert main(["--sessions", str(store.root), "review"]) == 1
    assert "interactive terminal" in capsys.readouterr().err
