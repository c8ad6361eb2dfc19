"""SVG snapshots of the main screens at 80x24 and 120x40 (update: pytest --snapshot-update)."""

from __future__ import annotations

import random
from datetime import datetime, timezone
from pathlib import Path

import pytest
from textual.pilot import Pilot

from mockterm.core.bank import load_bank
from mockterm.core.config import Config, Settings
from mockterm.core.session_store import SessionStore
from mockterm.ui.app import MocktermApp
from tests.conftest import TEST_BANK, FakeClock

SIZES = [(80, 24), (120, 40)]


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MocktermApp:
    """The app on the test bank, a fake clock, and a fixed start time, so pictures repeat."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(
        "mockterm.core.mock.utc_now", lambda: datetime(2026, 11, 21, 9, 30, tzinfo=timezone.utc)
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
        await pilot.pause(0.3)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


def test_session_overtime(snap_compare, app: MocktermApp) -> None:  # type: ignore[no-untyped-def]
    """Framing in overtime: red +0:20, the 'press n' reminder, the checkpoint toast."""

    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.press("enter")
        pilot.app.clock.advance(80)  # type: ignore[attr-defined]
        await pilot.pause(0.3)

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_end(snap_compare, app: MocktermApp, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    """End screen: where it was saved, planned vs actual per phase (Framing over, the rest
    skipped), and the self-review form with one score per rubric dimension."""

    async def run_before(pilot: Pilot[None]) -> None:
        clock = pilot.app.clock  # type: ignore[attr-defined]
        await pilot.press("enter")
        clock.advance(75)
        await pilot.press("n")
        clock.advance(20)
        await pilot.press("e")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=run_before)
