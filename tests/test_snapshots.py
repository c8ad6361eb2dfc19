"""SVG snapshots of the main screens at 80x24 and 120x40 (update: pytest --snapshot-update)."""

from __future__ import annotations

import random
from datetime import datetime, timezone
from pathlib import Path

import pytest
from textual.pilot import Pilot

from mockterm.core.bank import load_bank
from mockterm.core.config import Config, Settings
from mockterm.core.sessions.store import SessionStore
from mockterm.ui.app import MocktermApp
from tests.conftest import TEST_BANK, FakeClock, tick

SIZES = [(80, 24), (120, 40)]


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MocktermApp:
    """The app on the test bank, a fake clock, and a fixed start time, so pictures repeat."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(
        "mockterm.core.sessions.mock.utc_now",
        lambda: datetime(2026, 11, 21, 9, 30, tzinfo=timezone.utc),
    )
    store = SessionStore(Path("sessions"))
    settings = Settings(Config(bell=False), store.root, (TEST_BANK,))
    application = MocktermApp(
        settings, load_bank([TEST_BANK]), store, clock=FakeClock(), rng=random.Random(7)
    )
    return application


@pytest.mark.parametrize("size", SIZES)
def test_home(snap_compare, app: MocktermApp, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    """Round list on the left (Demo round highlighted), its description and phase plan on the
    right, where sessions are saved, and the footer keys."""
    assert snap_compare(app, terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_session_mid_phase(snap_compare, app: MocktermApp, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    """Second phase (Design) with 1:30 left in big digits, the phase bar with Framing done,
    the prompt as Markdown, one hint and one timestamped note in the side pane."""

    async def run_before(pilot: Pilot[None]) -> None:
        clock = pilot.app.clock  # type: ignore[attr-defined]
        await pilot.press("enter", "h")
        clock.advance(50)
        await pilot.press("a", *"cold start", "enter", "n")
        clock.advance(30)
        await tick(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


def test_session_overtime(snap_compare, app: MocktermApp) -> None:  # type: ignore[no-untyped-def]
    """Framing in overtime: red +0:20, the 'press n' reminder, the checkpoint toast."""

    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.press("enter")
        pilot.app.clock.advance(80)  # type: ignore[attr-defined]
        await tick(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_end(snap_compare, app: MocktermApp, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    """End screen: where it was saved, planned vs actual per phase (Framing over, the rest
    skipped), and the self-review form with one score per rubric dimension."""

    async def run_before(pilot: Pilot[None]) -> None:
        clock = pilot.app.clock  # type: ignore[attr-defined]
        await pilot.press("enter")
        clock.advance(75)
        await tick(pilot)  # the checkpoint comes at the clock's next tick, before n
        await pilot.press("n")
        clock.advance(20)
        await pilot.press("e", "y")  # end, and yes
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=run_before)


async def _paired_mock(pilot: Pilot[None]) -> None:
    """An interviewer-mode mock of demo-feed, 50 s in: follow-up ticked, one hint, one note."""
    app = pilot.app
    assert isinstance(app, MocktermApp)
    app.interviewer_mode = True
    app.start_mock(app.bank.prompts["demo-feed"])
    await pilot.pause()
    app.clock.advance(50)  # type: ignore[attr-defined]
    await pilot.press("enter", "h", "a", *"asked about scale", "enter")
    await tick(pilot)


@pytest.mark.parametrize("size", SIZES)
def test_interviewer_view(snap_compare, app: MocktermApp, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    """Interviewer view: the INTERVIEWER VIEW line under the phase bar, the prompt on the left,
    and the private panel on the right: the follow-up ticked at 0:50, both key points unticked,
    hint 1 given and hint 2 marked next (the answer, rubric and note below, scrolled)."""
    assert snap_compare(app, terminal_size=size, run_before=_paired_mock)


def test_candidate_view(snap_compare, app: MocktermApp) -> None:  # type: ignore[no-untyped-def]
    """The same moment in candidate view (v): the green CANDIDATE VIEW line, the prompt and the
    hint already given; no follow-up, key point, answer, rubric or note anywhere."""

    async def run_before(pilot: Pilot[None]) -> None:
        await _paired_mock(pilot)
        await pilot.press("v")

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_feedback(snap_compare, app: MocktermApp) -> None:  # type: ignore[no-untyped-def]
    """Feedback after a paired mock: what was ticked, hints and notes in one line, where it was
    saved, then a 1-4 score per rubric dimension with what good looks like, and the
    recommendation."""

    async def run_before(pilot: Pilot[None]) -> None:
        await _paired_mock(pilot)
        await pilot.press("e", "y")  # end, and yes
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


async def _past_sessions(pilot: Pilot[None]) -> None:
    """Three saved demo mocks with audio and transcripts, and one unreadable folder; then v."""
    from tests.fakes import add_session

    app = pilot.app
    assert isinstance(app, MocktermApp)
    # the start-up scan recovers crashed mocks (it removes their half-written files): it must be
    # done before these sessions are written, or it may take one mid-write for a crash's remains
    await app.workers.wait_for_complete()
    add_session(app.store, 0)
    add_session(app.store, 3)
    add_session(app.store, 5, "demo-search", audio=False)
    broken = app.store.root / "20261120T100000Z_demo_demo-feed"
    broken.mkdir()
    (broken / "session.toml").write_text("status = [")
    await pilot.press("v")
    await app.workers.wait_for_complete()
    await pilot.pause()


def test_review_list(snap_compare, app: MocktermApp) -> None:  # type: ignore[no-untyped-def]
    """Review list, newest first: the unreadable folder in red with CORRUPT, then three demo
    mocks with time, overrun and A/T marks (the newest has neither), and the count line."""
    assert snap_compare(app, terminal_size=(80, 24), run_before=_past_sessions)


def test_session_detail(snap_compare, app: MocktermApp) -> None:  # type: ignore[no-untyped-def]
    """One session's transcript by phase: Framing header with 1:10 of 1:00 (+0:10), its lines,
    the 15 s and 57 s silences and the checkpoint; Design with the hint before the first line,
    the note and the follow-up at their times; the playback hint line at the bottom."""

    async def run_before(pilot: Pilot[None]) -> None:
        await _past_sessions(pilot)
        await pilot.press("down", "down", "enter")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
