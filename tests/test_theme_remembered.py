"""A theme chosen in the palette is the one the next start opens with (issue 13 item 13)."""

from __future__ import annotations

from mockterm.core.bank import LoadResult
from mockterm.core.config import Config, Settings
from mockterm.core.paths import state_file
from mockterm.core.sessions.store import SessionStore
from mockterm.ui.app import MocktermApp
from tests.conftest import settle


async def _theme_at_start(settings: Settings, loaded: LoadResult, store: SessionStore) -> str:
    app = MocktermApp(settings, loaded, store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        return app.theme


async def test_a_theme_chosen_in_the_palette_is_kept_for_the_next_start(
    settings: Settings, loaded: LoadResult, store: SessionStore
) -> None:
    app = MocktermApp(settings, loaded, store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.theme == "textual-dark" and not state_file().exists()  # nothing chosen yet
        await pilot.press("ctrl+p")
        await pilot.press(*"theme")
        await pilot.press("enter")  # "Theme": the list of themes
        await pilot.press(*"nord", "enter")
        await pilot.pause()
        assert app.theme == "nord"
    assert await _theme_at_start(settings, loaded, store) == "nord"


async def test_the_config_s_theme_changed_since_wins(
    settings: Settings, loaded: LoadResult, store: SessionStore
) -> None:
    """The user edited `theme` in the config after choosing one in the palette: the config is
    theirs, so its new value takes effect; the config file is never written."""
    app = MocktermApp(settings, loaded, store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.theme = "nord"
        await pilot.pause()
    assert await _theme_at_start(settings, loaded, store) == "nord"
    edited = settings._replace(config=Config(theme="gruvbox"))
    assert await _theme_at_start(edited, loaded, store) == "gruvbox"


async def test_an_unwritable_state_file_is_one_warning(
    settings: Settings, loaded: LoadResult, store: SessionStore
) -> None:
    state_file().parent.mkdir(parents=True)
    state_file().mkdir()  # a folder where the file should be: it cannot be written
    app = MocktermApp(settings, loaded, store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.theme = "nord"
        await pilot.pause()
        assert any("cannot remember the theme" in n.message for n in app._notifications)
