"""The command palette: Textual's commands and each screen's own, through one Provider."""

from __future__ import annotations

from textual.command import CommandPalette

from mockterm.core.bank import LoadResult
from mockterm.core.config import Settings
from mockterm.core.sessions.store import SessionStore
from mockterm.ui.app import MocktermApp
from mockterm.ui.commands import PaletteCommands
from mockterm.ui.screens.session_screen import SessionScreen
from tests.conftest import FakeClock, settle


async def _titles(app: MocktermApp) -> list[str]:
    return [str(hit.text) async for hit in PaletteCommands(app.screen).discover()]


async def test_home_offers_its_commands_with_textuals(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    app = MocktermApp(settings, loaded, store, clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        titles = await _titles(app)
        assert titles == sorted(titles)
        for title in (
            "What is due",
            "Surprise me",
            "Start: Demo round",
            "Surprise me: Demo round",
            "Interviewer mode on/off",
            "Review past mocks",
            "Theme",
            "Quit",
        ):
            assert title in titles
        await pilot.press("enter")
        assert isinstance(app.screen, SessionScreen)
        session_titles = await _titles(app)
        assert "Pause or resume" in session_titles and "What is due" not in session_titles


async def test_a_command_runs_from_the_palette(
    settings: Settings, loaded: LoadResult, store: SessionStore, clock: FakeClock
) -> None:
    app = MocktermApp(settings, loaded, store, clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert not app.interviewer_mode
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"interviewer mode")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.interviewer_mode


async def test_the_coding_commands_come_with_a_coding_round(
    store: SessionStore, clock: FakeClock
) -> None:
    """The palette calls a command past check_action: Run the tests is offered only where there
    is code to run."""
    from mockterm.core.bank import load_bank
    from mockterm.core.config import Config
    from tests.conftest import CODING_BANK, TEST_BANK

    loaded = load_bank([TEST_BANK, CODING_BANK])
    settings = Settings(Config(bell=False), store.root, (TEST_BANK, CODING_BANK))
    for prompt_id, coding in (("demo-feed", False), ("demo-add", True)):
        prompt = loaded.bank.prompts[prompt_id]
        assert bool(prompt.code_dir) == coding
        app = MocktermApp(settings, loaded, store, clock=clock, start=(prompt, None))
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, SessionScreen)
            titles = await _titles(app)
            assert ("Run the tests (Ctrl+R)" in titles) is coding
            assert ("Edit in $EDITOR (Ctrl+O)" in titles) is coding
            assert "Pause or resume" in titles
