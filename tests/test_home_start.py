"""Home's first frame: it is the bottom screen, its footer keys come with it and are laid out
again only when they change, and due counts read before Home is mounted still show."""

from __future__ import annotations

import pytest
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import OptionList
from textual.widgets._footer import FooterKey

from mockterm.core.bank import LoadResult
from mockterm.core.config import Settings
from mockterm.core.practice.service import Practice
from mockterm.core.sessions.store import SessionStore
from mockterm.ui.app import MocktermApp
from mockterm.ui.screens.home_screen import HomeScreen
from mockterm.ui.widgets.footer import Footer
from tests.conftest import FakeClock, settle


def keys(screen: Screen[object]) -> list[FooterKey]:
    return list(screen.query_one(Footer).query(FooterKey))


def labels(screen: Screen[object]) -> list[str]:
    return [key.description for key in keys(screen)]


@pytest.fixture
def app(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> MocktermApp:
    return MocktermApp(settings, loaded, store, clock=clock)


async def test_home_is_the_bottom_screen_with_its_keys(app: MocktermApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert len(app.screen_stack) == 1
        home = app.screen
        assert isinstance(home, HomeScreen)
        # the round list has focus: its Enter (select) hides Home's own "Start" key
        assert labels(home) == [
            "Due",
            "Surprise",
            "Record",
            "Interviewer",
            "Review",
            "Quit",
            "palette",
        ]


async def test_footer_is_laid_out_again_only_when_its_keys_change(app: MocktermApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        home = app.screen
        before = keys(home)
        home.refresh_bindings()  # nothing the footer shows changed
        await pilot.pause()
        assert keys(home) == before  # the very same widgets: no new layout

        await pilot.press("tab")  # to the round's detail: Home's Enter shows
        await pilot.pause()
        assert "Start" in labels(home)
        await pilot.press("shift+tab")
        await pilot.pause()
        assert "Start" not in labels(home)


async def test_due_counts_read_between_compose_and_mount_show(
    app: MocktermApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sessions are read in a worker that may finish after Home composed its round list but
    before its widgets are all mounted: Home draws the new due counts once it is mounted."""
    monkeypatch.setattr(app, "_scan_sessions", lambda: None)  # this test plays the worker
    first = next(iter(app.bank.rounds))
    replayed = Practice(app.bank)
    replayed.due = {first: 2}
    compose = HomeScreen.compose

    def compose_then_replay(home: HomeScreen) -> ComposeResult:
        yield from compose(home)
        app._show_practice(replayed)

    monkeypatch.setattr(HomeScreen, "compose", compose_then_replay)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        rounds = app.screen.query_one("#rounds", OptionList)
        assert "2 due" in str(rounds.get_option_at_index(0).prompt)
