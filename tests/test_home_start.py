"""Home's first frame: it is the bottom screen, its footer keys come with it (drawn by one widget
that a click presses and a change of binding repaints), and due counts read before Home is
mounted still show."""

from __future__ import annotations

import gc
import re
import subprocess
import sys

import pytest
from textual.app import ComposeResult
from textual.command import CommandPalette
from textual.screen import Screen
from textual.widgets import OptionList

from mockterm.core.bank import LoadResult
from mockterm.core.config import Settings
from mockterm.core.practice.service import Practice
from mockterm.core.sessions.store import SessionStore
from mockterm.ui.app import MocktermApp
from mockterm.ui.screens.home_screen import HomeScreen
from mockterm.ui.widgets.footer import Footer
from tests.conftest import FakeClock, settle


def footer_text(screen: Screen[object]) -> str:
    return screen.query_one(Footer).render().plain


def labels(screen: Screen[object]) -> list[str]:
    """The descriptions of the keys the footer shows, in order (the palette's is apart)."""
    return re.findall(r" \S+ (\w+) ", footer_text(screen).partition("▏")[0])


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
        assert labels(home) == ["Due", "Surprise", "Record", "Interviewer", "Review", "Quit"]
        assert footer_text(home).endswith("▏^p palette ")
        assert len(footer_text(home)) == 80
        assert not home.query_one(Footer).children  # one widget draws every key


async def test_footer_follows_the_bindings_and_drops_what_does_not_fit(app: MocktermApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        home = app.screen
        await pilot.press("tab")  # to the round's detail: Home's Enter shows
        await pilot.pause()
        assert "Start" in labels(home)
        await pilot.press("shift+tab")
        await pilot.pause()
        assert "Start" not in labels(home)

        await pilot.resize_terminal(40, 24)
        await pilot.pause()
        assert labels(home) == ["Due", "Surprise"]  # " r Record " would cross the palette's key
        assert footer_text(home).endswith("▏^p palette ")


async def test_a_click_on_a_footer_key_presses_it(app: MocktermApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        home = app.screen
        footer = home.query_one(Footer)
        record = footer_text(home).index(" r Record")
        before = app.record
        await pilot.hover(Footer, offset=(record + 2, 0))
        await pilot.pause()
        hovered = footer.render()
        assert hovered.get_style_at_offset(app.console, record + 4) != hovered.get_style_at_offset(
            app.console, 1
        )  # the key under the pointer is lit, as Textual's are
        await pilot.click(Footer, offset=(record + 2, 0))
        await pilot.pause()
        assert app.record is not before
        palette = footer_text(home).index("^p")
        await pilot.click(Footer, offset=(palette, 0))
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)


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


def test_what_opens_the_app_leaves_the_sessions_and_the_schedule_for_later() -> None:
    """Home's first frame needs the bank, the config and a store; reading sessions (their model,
    the schedule, TOML) waits for the worker that runs after it."""
    code = (
        "import sys, mockterm.cli, mockterm.cli.sessions, mockterm.core.bank.load\n"
        "import mockterm.ui.app, mockterm.ui.screens.home_screen, mockterm.core.sessions.store\n"
        "later = {'mockterm.core.sessions.model', 'mockterm.core.practice.service',"
        " 'mockterm.core.practice.schedule', 'mockterm.core.sessions.session_file', 'tomllib'}\n"
        "assert not later & set(sys.modules), later & set(sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


async def test_home_draws_without_the_practice_and_collection_resumes_after(
    app: MocktermApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`mockterm` turns garbage collection off until Home is on screen; the app turns it back
    on then, and only then reads the sessions (its worker, started with the app, waits)."""
    import mockterm.core.recovery

    reads: list[tuple[bool, bool]] = []
    recover = mockterm.core.recovery.recover

    def reading(store: SessionStore) -> None:
        reads.append((gc.isenabled(), bool(app.screen.query_one(Footer).region)))
        recover(store)

    monkeypatch.setattr(mockterm.core.recovery, "recover", reading)
    gc.disable()
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.app.workers.wait_for_complete()  # the scan, started with the app
            assert reads == [(True, True)] and gc.isenabled()
            assert app._empty_practice is None  # Home drew without it
            await pilot.pause()
            assert app.replayed is not None and labels(app.screen)
    finally:
        gc.enable()
        gc.unfreeze()
