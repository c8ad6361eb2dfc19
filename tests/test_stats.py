"""Trends over sessions (`mockterm stats` and the trends screen's figures)."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest

from mockterm.cli import main
from mockterm.core.review.index import ReviewIndex, ReviewRow
from mockterm.core.review.stats import (
    attempts,
    first_and_last,
    trends,
    week_of,
    weeks_shown,
)
from mockterm.core.sessions.store import SessionStore
from tests.fakes import add


def row(day: str, round_id: str = "demo", **kw: object) -> ReviewRow:
    return ReviewRow(
        folder=f"{day}_{round_id}", started_at=f"{day}T09:00:00+00:00", round_id=round_id, **kw
    )  # type: ignore[arg-type]


def test_weeks_overruns_speech_and_scores() -> None:
    rows = [
        row(
            "2026-11-02",
            status="completed",
            phases=(("Framing", 60.0, 90.0), ("Design", 120.0, 100.0)),
            scores={"Framing": 2},
            has_transcript=True,
            words=300,
            speaking=120.0,
            fillers=6,
        ),
        row("2026-11-03", status="completed", phases=(("Framing", 60.0, 70.0),)),
        row(
            "2026-11-20",
            status="completed",
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
        (date(2026, 11, 2), {"demo": 2}),
        (date(2026, 11, 9), {}),
        (date(2026, 11, 16), {"demo": 1}),
    ]
    framing = next(o for o in result.overruns if o.phase == "Framing")
    assert (framing.sessions, framing.mean, framing.worst) == (3, pytest.approx(10.0), 30.0)
    assert framing.share_over == pytest.approx(2 / 3)
    design = next(o for o in result.overruns if o.phase == "Design")
    assert design.sessions == 1  # a skipped phase (0 s) is not an overrun of -2:00
    assert [o.phase for o in result.overruns] == ["Framing", "Design"]  # in plan order
    assert [v for _, v in result.wpm] == [150.0, 130.0]
    assert [v for _, v in result.fillers] == [3.0, 1.0]
    assert [v for _, v in result.scores["Framing"]] == [2.0, 4.0]
    assert trends(rows, "demo").sessions == 3
    assert week_of(rows[0].started) == date(2026, 11, 2)


def test_overruns_leave_out_the_phase_a_mock_stopped_in() -> None:
    """A 3-second abandoned mock is no "-44:57" of Problem framing; a mock ended early keeps its
    finished phases; whole-mock overruns count completed mocks only."""
    framing = ("Problem framing", 480.0, 500.0)
    rows = [
        row("2026-11-02", "ml_design", round_title="ML design", status="completed",
            phases=(framing, ("Design", 600.0, 540.0)), planned=1080.0, actual=1040.0),
        row("2026-11-03", "ml_design", round_title="ML design", status="ended_early",
            phases=(("Problem framing", 480.0, 3.0), ("Design", 600.0, 0.0))),
        row("2026-11-04", "ml_design", round_title="ML design", status="ended_early",
            phases=(("Problem framing", 480.0, 420.0), ("Design", 600.0, 30.0))),
        row("2026-11-05", "ml_design", round_title="ML design", status="interrupted",
            phases=(("Problem framing", 480.0, 90.0), ("Design", 600.0, 0.0))),
    ]  # fmt: skip
    result = trends(rows)
    by_phase = {o.phase: o for o in result.overruns}
    assert by_phase["Problem framing"].sessions == 2  # the completed one and the one moved on
    assert by_phase["Problem framing"].mean == pytest.approx((20 - 60) / 2)
    assert by_phase["Design"].sessions == 1  # the one cut after 30 s is left out
    assert result.cut_short == 3
    assert [(o.round_id, o.sessions, o.mean) for o in result.mock_overruns] == [
        ("ml_design", 1, pytest.approx(-40.0))
    ]


def test_phases_of_different_round_types_are_never_mixed() -> None:
    rows = [
        row("2026-11-02", "demo", round_title="Demo", status="completed",
            phases=(("Framing", 60.0, 90.0),)),
        row("2026-11-03", "ml_design", round_title="ML design", status="completed",
            phases=(("Framing", 480.0, 300.0),)),
    ]  # fmt: skip
    result = trends(rows)
    assert [(o.round_id, o.phase, o.mean) for o in result.overruns] == [
        ("demo", "Framing", 30.0),
        ("ml_design", "Framing", -180.0),
    ]
    assert [o.phase for o in result.overruns_of("ml_design")] == ["Framing"]


def test_interviewer_scores_are_not_self_scores() -> None:
    """A paired mock's feedback may be about a friend: it never counts as the user's own."""
    rows = [
        row("2026-11-02", scores={"Framing": 2}),
        row("2026-11-03", mode="interviewer", feedback_scores={"Framing": 4, "Design": 3}),
    ]
    result = trends(rows)
    assert {k: [v for _, v in p] for k, p in result.scores.items()} == {"Framing": [2.0]}
    assert {k: [v for _, v in p] for k, p in result.feedback.items()} == {
        "Framing": [4.0],
        "Design": [3.0],
    }
    assert [v for _, v in result.mean_score] == [2.0]
    assert rows[1].score is None and rows[1].feedback_score == 3.5


def test_a_week_chart_spans_weeks_up_to_today() -> None:
    one = [(date(2026, 11, 2), Counter({"demo": 3}))]
    shown = weeks_shown(one, date(2026, 11, 5))
    assert len(shown) == 8 and shown[-1] == one[0] and not shown[0][1]
    later = weeks_shown(one, date(2026, 11, 26))
    assert [w for w, _ in later][-1] == date(2026, 11, 23) and later[-4][1] == {"demo": 3}
    many = [(date(2026, 1, 5) + timedelta(weeks=i), Counter({"demo": 1})) for i in range(30)]
    assert len(weeks_shown(many, date(2026, 8, 1))) == 12


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


def test_cli_stats_of_an_unknown_round_is_bad_input(
    store: SessionStore, capsys: pytest.CaptureFixture[str]
) -> None:
    add(store, 0)
    assert main(["--sessions", str(store.root), "stats", "--round", "nope"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no round type 'nope'" in err


def test_cli_stats_keeps_interviewer_scores_apart(
    store: SessionStore, capsys: pytest.CaptureFixture[str]
) -> None:
    from dataclasses import replace

    from mockterm.core.sessions.model import Feedback
    from mockterm.core.sessions.session_file import read_session, write_session

    add(store, 0)
    paired = add(store, 1, prompt="demo-search")
    session = read_session(paired)
    write_session(
        paired, replace(session, mode="interviewer", review=None, feedback=Feedback({"Framing": 1}))
    )
    assert main(["--sessions", str(store.root), "stats"]) == 0
    out = capsys.readouterr().out
    self_scores = out[out.index("Self-scores") : out.index("Interviewer scores")]
    framing = next(line for line in self_scores.splitlines() if "Framing" in line)
    # one mock, not the friend's 1; one score: no first, no change
    assert [c.strip() for c in framing.split("│")[2:6]] == ["1", "—", "2.0", "—"]
    theirs = out[out.index("Interviewer scores") :]
    framing = next(line for line in theirs.splitlines() if "Framing" in line)
    assert [c.strip() for c in framing.split("│")[2:6]] == ["1", "—", "1.0", "—"]


def test_a_date_axis_spans_a_week_at_least() -> None:
    from datetime import datetime, timezone

    from mockterm.ui.screens.trends_screen import date_window

    one = datetime(2026, 11, 20, 9, tzinfo=timezone.utc)
    first, last = date_window([one])
    assert first < one < last and timedelta(days=7) <= last - first <= timedelta(days=8)
    later = one + timedelta(days=30)
    assert date_window([one, later]) == (one, later + timedelta(days=1))


def test_first_and_last_scores_never_share_one() -> None:
    """Under ten scores the first and last means take fewer, so that a change is a change; one
    score has no first and no change."""
    assert first_and_last([2.0]) == (None, 2.0)
    assert first_and_last([1.0, 3.0, 2.0]) == (1.0, 2.0)
    assert first_and_last([1.0, 2.0, 3.0, 4.0]) == (1.5, 3.5)
    assert first_and_last([1.0] * 5 + [3.0] + [4.0] * 5) == (1.0, 4.0)


def test_speech_axes_read_in_round_figures() -> None:
    """Two transcripts at 157.7 and 158.1 WPM do not fill the chart's height: the axis spans
    40 WPM at least, at round ticks."""
    from datetime import datetime, timezone

    from mockterm.ui.screens.trends_screen import round_ticks, wpm_range

    day = datetime(2026, 11, 23, tzinfo=timezone.utc)
    assert wpm_range([(day, 157.7), (day, 158.1)]) == (130.0, 180.0)
    assert wpm_range([(day, 5.0)]) == (0.0, 40.0)
    assert wpm_range([(day, 90.0), (day, 200.0)]) == (90.0, 200.0)
    assert round_ticks(130, 180) == [130, 140, 150, 160, 170, 180]
    assert round_ticks(1, 4) == [1, 2, 3, 4]
    assert round_ticks(0, 30) == [0, 5, 10, 15, 20, 25, 30]
