"""A first build of the review index (no cache: every transcript read) shows how far it is, and
the app answers keys meanwhile."""

from __future__ import annotations

import threading

import pytest
from textual.widgets import Input, Static

from mockterm.core.bank import LoadResult
from mockterm.core.config import Settings
from mockterm.core.review.index import ReviewIndex
from mockterm.core.review.rows import Progress
from mockterm.core.sessions.store import SessionStore
from mockterm.ui.app import MocktermApp
from mockterm.ui.screens.review_screen import ReviewScreen
from tests.conftest import settle, until
from tests.fakes import add


async def test_a_first_build_shows_progress_and_never_blocks(
    settings: Settings,
    loaded: LoadResult,
    store: SessionStore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for day in range(3):
        add(store, day)
    go_on = threading.Event()
    refresh = ReviewIndex.refresh

    def held(index: ReviewIndex, progress: Progress | None = None) -> bool:
        """The build, stopped after its first row until the test has looked."""

        def report(done: int, total: int) -> None:
            if progress is not None:
                progress(done, total)
            if done == 1:
                go_on.wait(120)

        return refresh(index, report)

    monkeypatch.setattr(ReviewIndex, "refresh", held)
    app = MocktermApp(settings, loaded, store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("v")
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        info = screen.query_one("#review-info", Static)
        try:
            await until(pilot, lambda: "1 of 3" in str(info.render()), "the build's progress")
            # the screen answers while the build is held: a search is typed
            await pilot.press("/", "c", "a", "c", "h")
            await until(
                pilot,
                lambda: screen.query_one("#review-search", Input).value == "cach",
                "the search typed during the build",
            )
        finally:
            go_on.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(screen.rows) == 3 and screen.checked
        assert "Reading sessions" not in str(info.render())
